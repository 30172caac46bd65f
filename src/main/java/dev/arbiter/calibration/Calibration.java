package dev.arbiter.calibration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import dev.arbiter.lang.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A problem version's time-limit calibration and reference benchmark in one language, on one judge image (a new
 * image or a changed problem needs a new calibration; old rows stay as history).
 */
@Entity
public class Calibration extends PanacheEntityBase {

    /** PENDING is never stored: it is what the API says of a version and language with no calibration yet. */
    public enum State { PENDING, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "problem_id")
    public long problemId;
    @Column(name = "problem_version")
    public String problemVersion;
    public Language language;
    @Column(name = "image_id")
    public String imageId;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "declared_limit_ms")
    public int declaredLimitMs;
    @Column(name = "slowest_accepted_ms")
    public Integer slowestAcceptedMs;
    @Column(name = "slowest_accepted")
    public String slowestAccepted;
    @Column(name = "suggested_limit_ms")
    public Integer suggestedLimitMs;
    @Column(name = "limit_ok")
    public Boolean limitOk;
    @Column(name = "tle_json")
    public String tleJson;
    @Column(name = "reference_json")
    public String referenceJson;
    public String message;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Calibration> of(long problemId, String version, Language language, String imageId) {
        return find("problemId = ?1 and problemVersion = ?2 and language = ?3 and imageId = ?4",
                problemId, version, language, imageId).firstResultOptional();
    }

    /** The newest calibrations of a problem version, whatever the image (newest first). */
    public static List<Calibration> latest(long problemId, String version) {
        return list("problemId = ?1 and problemVersion = ?2 order by createdAt desc", problemId, version);
    }
}
