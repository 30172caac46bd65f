package dev.arbiter.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An invite link of a session, known only by its token's hash; revoked links are kept so they answer 410. */
@Entity
@Table(name = "interview_invite")
public class Invite extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "interview_id")
    public long interviewId;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<Invite> byHash(String tokenHash) {
        return findByIdOptional(tokenHash);
    }

    public static Optional<Invite> activeOf(long interviewId) {
        return find("interviewId = ?1 and revokedAt is null", interviewId).firstResultOptional();
    }

    public static List<Invite> activeOf(List<Long> interviewIds) {
        return list("interviewId in ?1 and revokedAt is null", interviewIds);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
