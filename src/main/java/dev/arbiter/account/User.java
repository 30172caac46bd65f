package dev.arbiter.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An account; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntity {

    public String username;
    /** Set for accounts made by an admin command or setting; sign-in accepts it in place of the username. */
    public String email;
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public Role role = Role.CANDIDATE;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<User> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Optional<User> byEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResultOptional();
    }

    /** The account a sign-in names: by username, or by email when the name has an @. */
    public static Optional<User> bySignInName(String name) {
        return name.contains("@") ? byEmail(name) : byUsername(name);
    }

    public static List<User> allByName() {
        return listAll(Sort.by("username"));
    }
}
