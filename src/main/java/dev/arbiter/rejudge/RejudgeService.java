package dev.arbiter.rejudge;

import dev.arbiter.common.Verdict;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.problem.VersionPublished;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * When a new version changes tests, checker or limits, the previous version's accepted submissions (the newest, up to
 * a cap) are judged again on it as internal submissions: after every user's submission, and recorded apart, so the
 * stored verdicts never change. The version's admin page shows how verdicts moved. Judge workers wake on the
 * submissions' own SubmissionQueued events once this transaction commits.
 */
@ApplicationScoped
@Transactional
public class RejudgeService {

    private static final Logger LOG = Logger.getLogger(RejudgeService.class);

    private final RejudgeConfig config;
    private final SubmissionService submissions;

    public RejudgeService(RejudgeConfig config, SubmissionService submissions) {
        this.config = config;
        this.submissions = submissions;
    }

    /** Starts the rejudge of a publication, once (another node publishing the same step finds it started). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Rejudge start(VersionPublished published) {
        if (published.previousVersionId() == null || config.maxSubmissions() <= 0) return null;
        ProblemVersion from = ProblemVersion.findById(published.previousVersionId());
        ProblemVersion to = ProblemVersion.findById(published.versionId());
        if (to.judgesLike(from) || Rejudge.exists(from.id, to.id)) return null;
        String accepted = "problemVersionId = ?1 and kind = ?2 and verdict = ?3 and internal = false";
        Rejudge r = new Rejudge();
        r.problemId = published.problemId();
        r.fromVersionId = from.id;
        r.toVersionId = to.id;
        r.eligible = (int) Submission.count(accepted, from.id, Submission.Kind.SUBMIT, Verdict.ACCEPTED);
        r.createdAt = Instant.now();
        r.persist();
        List<Submission> originals = Submission.<Submission>find(accepted, Sort.by("createdAt", Sort.Direction.Descending),
                from.id, Submission.Kind.SUBMIT, Verdict.ACCEPTED).page(Page.ofSize(config.maxSubmissions())).list();
        for (Submission original : originals) {
            RejudgeItem item = new RejudgeItem();
            item.rejudgeId = r.id;
            item.originalId = original.id;
            item.originalVerdict = original.verdict;
            item.rejudgeSubmissionId = submissions.createInternal(to.id, original.language, original.source, null).id;
            item.persist();
        }
        LOG.infof("Rejudging %d of %d accepted submissions of %s on its new version %s", originals.size(), r.eligible,
                published.slug(), to.version);
        return r;
    }
}
