package dev.arbiter.score;

import dev.arbiter.common.RoleConfig;
import dev.arbiter.common.WakeUp;
import dev.arbiter.checker.Checker;
import dev.arbiter.checker.ProgramChecker;
import dev.arbiter.judge.JudgeConfig;
import dev.arbiter.judge.JudgeWorkers;
import dev.arbiter.lease.Claim;
import dev.arbiter.lease.Leases;
import dev.arbiter.measure.ScoresInProgress;

import dev.arbiter.sandbox.NodeId;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A judge node's score worker: takes PENDING scores off the score queue, one at a time, while no user's
 * submission waits to be judged or is judged on this node (JudgeWorkers.verdictsPending), so verdicts never queue
 * behind a 10-15 s measurement and a score does not start only to be paused at once; a lease renewed every few
 * seconds lets another node take over a score whose worker died. A score queued on this node wakes it at once; it
 * polls for the rest (scores queued elsewhere, leases that ran out) and, while verdicts wait, as often as the judge's
 * workers do. A calibration waits while it measures or has a score to claim ({@link ScoresInProgress}).
 */
@ApplicationScoped
public class ScoreWorker implements ScoresInProgress {

    private static final Logger LOG = Logger.getLogger(ScoreWorker.class);

    private final ScoreConfig perf;
    private final JudgeConfig judge;
    private final RoleConfig role;
    private final ScoreQueue queue;
    private final ScoreStore scores;
    private final ScoreJobLoader loader;
    private final PerfScorer scorer;
    private final Sandbox boxes;
    private final SandboxConfig sandbox;
    private final JudgeWorkers workers;
    private volatile Thread thread;
    private volatile Claim current;
    private final WakeUp wakeUp = new WakeUp();
    private Leases leases;

    public ScoreWorker(ScoreConfig perf, JudgeConfig judge, RoleConfig role, ScoreQueue queue, ScoreStore scores,
                       ScoreJobLoader loader, PerfScorer scorer, Sandbox boxes, SandboxConfig sandbox,
                       JudgeWorkers workers) {
        this.workers = workers;
        this.perf = perf;
        this.judge = judge;
        this.role = role;
        this.queue = queue;
        this.scores = scores;
        this.loader = loader;
        this.scorer = scorer;
        this.boxes = boxes;
        this.sandbox = sandbox;
    }

    void onStart(@Observes StartupEvent event) {
        if (!role.judges() || judge.workers() == 0) return;
        leases = new Leases("score-heartbeat", judge.heartbeatSeconds(),
                claim -> queue.heartbeat(claim, judge.leaseSeconds()));
        thread = new Thread(this::loop, "score-worker");
        thread.setDaemon(true);
        thread.start();
    }

    /** A measurement takes 10-15 s: on shutdown it is handed back at once for another node to redo. */
    void onStop(@Observes ShutdownEvent event) {
        Thread t = thread;
        thread = null;
        Claim claim = current;
        if (claim != null && queue.handBack(claim)) {
            LOG.infof("Handed the score of %s back on shutdown", claim.submissionId());
        }
        if (t != null) t.interrupt();
        if (leases != null) leases.close();
    }

    /** A score measured here now, or one waiting that this worker would claim. */
    @Override
    public boolean any() {
        return current != null || queue.waiting() > 0;
    }

    /** Wakes the worker now instead of at its next poll (a score was just queued on this node). */
    public void nudge() {
        wakeUp.nudge();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScoreQueued queued) {
        nudge();
    }

    private void loop() {
        String owner = NodeId.get() + "/score-worker";
        while (thread != null) {
            try {
                queue.failExhausted(judge.maxAttempts());
                boolean verdictsWait = workers.verdictsPending(); // waiting, or judged on this node now
                Optional<Claim> claim = verdictsWait ? Optional.empty()
                        : queue.claimNext(owner, judge.leaseSeconds(), judge.maxAttempts());
                if (claim.isPresent()) {
                    scoreOne(claim.get());
                } else {
                    // verdicts that wait are claimed within a judge poll, and no event says so: look again as soon
                    wakeUp.await(verdictsWait ? judge.pollMillis() : perf.pollMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Score worker loop error; continuing", e);
                try {
                    Thread.sleep(1000); // after an error a second, however far the next poll is
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void scoreOne(Claim claim) {
        leases.hold(claim); // a lost claim's result is not written (ScoreStore is fenced), so the answer is not needed
        current = claim;
        try {
            var job = loader.load(claim.submissionId());
            if (job.isEmpty()) {
                scores.fail(claim, "This problem has no performance sizes or no reference solution in this language");
                return;
            }
            score(claim, job.get());
        } finally {
            current = null;
            leases.release(claim);
        }
    }

    private void score(Claim claim, ScoreJobLoader.Loaded loaded) {
        PerfScorer.Job scoring = loaded.job();
        Checker checker = Checker.of(loaded.checkerJson(), loaded.mode());
        try (ProgramChecker custom = ProgramChecker.of(boxes, sandbox, loaded.checkerJson(), loaded.checkerProgram())) {
            PerfScorer.AnswerCheck check = custom == null
                    ? (input, expected, actual) -> checker.accepts(expected, actual)
                    : (input, expected, actual) -> custom.check(input, expected, actual).verdict().accepted();
            // verdicts first: the measurement pauses while a user's submission waits or is being judged here
            scores.save(claim, scorer.score(scoring, check, workers::verdictsPending));
        } catch (PerfScorer.ScoreFailure e) {
            scores.fail(claim, e.getMessage());
        } catch (RuntimeException e) {
            failed(claim, e);
        }
    }

    /**
     * A measurement that failed for the judge's own reasons (the engine away or restarting, the sandbox broken), not
     * the submission's: tried again after a delay, as a judging is (JudgeWorkers), and FAILED with the reason once the
     * attempts are used. Interrupted by a shutdown, it was handed back already.
     */
    private void failed(Claim claim, RuntimeException e) {
        if (thread == null) {
            LOG.debugf("Scoring %s stopped on shutdown: %s", claim.submissionId(), e.getMessage());
            return;
        }
        String why = "The measurement failed: " + e.getMessage();
        OptionalInt delay = claim.retryAfterSeconds(judge.maxAttempts(), judge.retrySeconds());
        if (delay.isPresent()) {
            LOG.warnf("Scoring %s failed (attempt %d); trying again in %d s: %s", claim.submissionId(), claim.attempt(),
                    delay.getAsInt(), e.getMessage());
            queue.retryLater(claim, delay.getAsInt(), why);
        } else {
            LOG.warnf("Scoring %s failed (attempt %d, the last): %s", claim.submissionId(), claim.attempt(),
                    e.getMessage());
            scores.fail(claim, why);
        }
    }
}
