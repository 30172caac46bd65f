package dev.arbiter.perf.score;

import dev.arbiter.common.RoleConfig;
import dev.arbiter.judge.Checker;
import dev.arbiter.judge.CustomChecker;
import dev.arbiter.judge.JudgeConfig;
import dev.arbiter.judge.JudgeJob;
import dev.arbiter.judge.JudgeJobLoader;
import dev.arbiter.judge.JudgeQueue;
import dev.arbiter.perf.PerfConfig;
import dev.arbiter.sandbox.NodeId;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A judge node's score worker: takes PENDING scores off the score queue, one at a time, while no user's
 * submission waits to be judged, so verdicts never queue behind a 30-40 s measurement; a lease renewed every few
 * seconds lets another node take over a score whose worker died.
 */
@ApplicationScoped
public class ScoreWorker {

    private static final Logger LOG = Logger.getLogger(ScoreWorker.class);
    private static final long POLL_MILLIS = 1000;

    private final PerfConfig perf;
    private final JudgeConfig judge;
    private final RoleConfig role;
    private final ScoreQueue queue;
    private final ScoreStore scores;
    private final JudgeQueue judgeQueue;
    private final JudgeJobLoader loader;
    private final PerfScorer scorer;
    private final Sandbox boxes;
    private final SandboxConfig sandbox;
    private volatile Thread thread;
    private ScheduledExecutorService heartbeat;

    public ScoreWorker(PerfConfig perf, JudgeConfig judge, RoleConfig role, ScoreQueue queue, ScoreStore scores,
                       JudgeQueue judgeQueue, JudgeJobLoader loader, PerfScorer scorer, Sandbox boxes, SandboxConfig sandbox) {
        this.perf = perf;
        this.judge = judge;
        this.role = role;
        this.queue = queue;
        this.scores = scores;
        this.judgeQueue = judgeQueue;
        this.loader = loader;
        this.scorer = scorer;
        this.boxes = boxes;
        this.sandbox = sandbox;
    }

    void onStart(@Observes StartupEvent event) {
        if (!role.judges() || judge.workers() == 0) return;
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "score-heartbeat"));
        thread = new Thread(this::loop, "score-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = thread;
        thread = null;
        if (t != null) t.interrupt();
        if (heartbeat != null) heartbeat.shutdownNow();
    }

    private void loop() {
        String owner = NodeId.get() + "/score-worker";
        while (thread != null) {
            try {
                queue.failExhausted(judge.maxAttempts());
                Optional<ScoreQueue.Claim> claim = judgeQueue.waiting() > 0 ? Optional.empty()
                        : queue.claimNext(owner, judge.leaseSeconds(), judge.maxAttempts());
                if (claim.isPresent()) {
                    scoreOne(claim.get());
                } else {
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Score worker loop error; continuing", e);
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void scoreOne(ScoreQueue.Claim claim) {
        var renewal = heartbeat.scheduleWithFixedDelay(() -> renew(claim), judge.heartbeatSeconds(),
                judge.heartbeatSeconds(), TimeUnit.SECONDS);
        try {
            JudgeJob job = loader.load(claim.submissionId());
            if (job.perfSizes() == null || job.referenceSource() == null) {
                scores.fail(claim, "This problem has no performance sizes or no reference solution in this language");
                return;
            }
            score(claim, job);
        } finally {
            renewal.cancel(false);
        }
    }

    private void score(ScoreQueue.Claim claim, JudgeJob job) {
        PerfScorer.Job scoring = new PerfScorer.Job(job.language(), job.source(), job.referenceSource(), job.specJson(),
                job.memoryMb(), job.perfSizes().stream().map(Integer::longValue).toList(), job.problemVersion(),
                job.generatorSource(), job.perfComplexity());
        Checker checker = Checker.of(job.checkerJson(), job.mode());
        try (CustomChecker custom = job.checkerProgram() == null ? null
                : new CustomChecker(boxes, sandbox.pythonImage(), job.checkerProgram())) {
            PerfScorer.AnswerCheck check = custom == null ? (input, expected, actual) -> checker.accepts(expected, actual)
                    : (input, expected, actual) -> custom.check(input, expected, actual).verdict().accepted();
            scores.save(claim, scorer.score(scoring, check));
        } catch (PerfScorer.ScoreFailure e) {
            scores.fail(claim, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("Scoring %s failed: %s", claim.submissionId(), e.getMessage());
            scores.fail(claim, "The measurement failed: " + e.getMessage());
        }
    }

    private void renew(ScoreQueue.Claim claim) {
        try {
            if (!queue.heartbeat(claim, judge.leaseSeconds())) {
                LOG.debugf("Score claim on %s (attempt %d) is no longer ours", claim.submissionId(), claim.attempt());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Score heartbeat failed for %s: %s", claim.submissionId(), e.getMessage());
        }
    }
}
