package dev.arbiter.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A signed-in browser: the cookie holds a random token, the database only its SHA-256. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "user_id")
    public long userId;
    @Column(name = "expires_at")
    public Instant expiresAt;

    public static Optional<UserSession> live(String tokenHash) {
        return UserSession.<UserSession>findByIdOptional(tokenHash).filter(s -> s.expiresAt.isAfter(Instant.now()));
    }
}
