package dev.arbiter.score;

import dev.arbiter.judge.VerdictReached;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * The one place that decides whether a submission gets a performance score: a user's accepted submit of a problem
 * with perf sizes, while scoring is on. It is queued (PENDING) as the verdict is reached, before the verdict shows,
 * so a reader never sees an accepted submission without its score state; ScoreWorker measures it when no verdict
 * waits (woken by ScoreQueued once the row is committed), and never changes the verdict.
 */
@ApplicationScoped
public class ScoreRequests {

    private final ScoreConfig config;
    private final ScoreStore scores;
    private final Event<ScoreQueued> queued;

    public ScoreRequests(ScoreConfig config, ScoreStore scores, Event<ScoreQueued> queued) {
        this.config = config;
        this.scores = scores;
        this.queued = queued;
    }

    @Transactional
    void onVerdict(@Observes VerdictReached reached) {
        if (!config.accepted() || !reached.verdict().accepted()) return;
        Submission s = Submission.byId(reached.submissionId()).orElse(null);
        if (s == null || !scored(s, ProblemVersion.ofSubmission(s.problemId, s.problemVersionId))) return;
        scores.pending(s.id);
        queued.fire(new ScoreQueued(s.id));
    }

    /** Scored on the version the submission was judged on: its sizes and generator, not the catalog's newest. */
    static boolean scored(Submission s, ProblemVersion p) {
        return s.kind == Submission.Kind.SUBMIT && !s.internal && p != null && p.perfSizes != null
                && p.generatorSource != null;
    }
}
