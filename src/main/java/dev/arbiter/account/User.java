package dev.arbiter.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A practice account; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntity {

    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<User> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
