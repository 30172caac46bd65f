package dev.arbiter.rejudge;

import dev.arbiter.common.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** One submission of a rejudge: the original (untouched) and the internal submission that judged its code again. */
@Entity
@Table(name = "rejudge_item")
public class RejudgeItem extends PanacheEntity {

    @Column(name = "rejudge_id")
    public long rejudgeId;
    @Column(name = "original_id")
    public UUID originalId;
    @Enumerated(EnumType.STRING)
    @Column(name = "original_verdict")
    public Verdict originalVerdict;
    @Column(name = "rejudge_submission_id")
    public UUID rejudgeSubmissionId;

    public static List<RejudgeItem> of(long rejudgeId) {
        return list("rejudgeId", io.quarkus.panache.common.Sort.by("id"), rejudgeId);
    }
}
