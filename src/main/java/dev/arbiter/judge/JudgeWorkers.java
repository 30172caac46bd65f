package dev.arbiter.judge;

import dev.arbiter.common.RoleConfig;
import dev.arbiter.common.Verdict;
import dev.arbiter.common.WakeUp;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lease.Claim;
import dev.arbiter.lease.Leases;
import dev.arbiter.measure.ScoresInProgress;
import dev.arbiter.sandbox.NodeId;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.WarmPool;
import dev.arbiter.submission.SubmissionQueued;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/** The judge worker threads of this process: claim, judge, repeat; plus the heartbeat that keeps claims alive. */
@ApplicationScoped
public class JudgeWorkers {

    private static final Logger LOG = Logger.getLogger(JudgeWorkers.class);

    private final JudgeConfig config;
    private final JudgeQueue queue;
    private final JudgeJobLoader loader;
    private final SubmissionJudge judge;
    private final JudgeRecorder recorder;
    private final WarmPool pool;
    private final SandboxConfig sandbox;
    private final RoleConfig role;
    private final ScoresInProgress scores;
    private final WakeUp wakeUp = new WakeUp();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Set<Claim> judging = ConcurrentHashMap.newKeySet();
    private Leases leases;

    public JudgeWorkers(JudgeConfig config, JudgeQueue queue, JudgeJobLoader loader, SubmissionJudge judge,
                        JudgeRecorder recorder, WarmPool pool, SandboxConfig sandbox,
                        RoleConfig role, ScoresInProgress scores) {
        this.scores = scores;
        this.config = config;
        this.queue = queue;
        this.loader = loader;
        this.judge = judge;
        this.recorder = recorder;
        this.pool = pool;
        this.sandbox = sandbox;
        this.role = role;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (role.judges() && config.workers() > 0) start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (!running.compareAndSet(false, true)) return;
        pool.prewarm(sandbox.javaImage(), Toolchain.of(Language.JAVA).containerMemoryMb(256));
        pool.prewarm(sandbox.pythonImage(), Toolchain.of(Language.PYTHON).containerMemoryMb(256));
        leases = new Leases("judge-heartbeat", config.heartbeatSeconds(),
                claim -> queue.heartbeat(claim, config.leaseSeconds()));
        for (int i = 0; i < config.workers(); i++) {
            Thread t = new Thread(this::loop, "judge-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        LOG.infof("%d judge workers started as %s", config.workers(), NodeId.get());
    }

    /**
     * Stops claiming, lets running judgings finish for up to the grace period, then hands the unfinished ones back
     * to the queue (claim undone, lease released) so another worker starts them at once instead of after the lease.
     */
    public synchronized void stop() {
        if (!running.compareAndSet(true, false)) return;
        wakeUp.nudge(threads.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.stopGraceSeconds());
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Claim claim : judging) {
            if (queue.handBack(claim)) LOG.infof("Handed %s back to the queue on shutdown", claim.submissionId());
        }
        threads.forEach(Thread::interrupt);
        threads.clear();
        if (leases != null) leases.close();
    }

    /** Wakes an idle worker now instead of at its next poll (a submission was just queued on this node). */
    public void nudge() {
        wakeUp.nudge();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionQueued queued) {
        nudge();
    }

    private void loop() {
        String owner = NodeId.get() + "/" + Thread.currentThread().getName();
        while (running.get()) {
            try {
                queue.failExhausted(config.maxAttempts());
                // a calibration's submissions wait while a score goes first (internalGivesWay)
                Optional<Claim> claim = queue.claimNext(owner, config.leaseSeconds(), config.maxAttempts(),
                        !scores.any());
                // nothing to claim, or a calibration's submission given back to a score that came meanwhile
                if (claim.isEmpty() || !judgeOne(claim.get())) wakeUp.await(config.pollMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Judge worker loop error; continuing", e);
                sleepQuietly(1000);
            }
        }
    }

    /** Submissions this node is judging right now (user submissions; internal ones count too). */
    public int busy() {
        return judging.size();
    }

    /**
     * Does a user's submission wait for a worker, or is this node judging one (or a calibration's)? Measurements on
     * this node (scores, benchmarks, calibrations) give way while it does: verdicts first.
     */
    public boolean verdictsPending() {
        return !judging.isEmpty() || queue.waiting() > 0; // the set first: it costs no query
    }

    /**
     * Judges a claimed submission; false when it was an internal one (calibration) that gave way to a score, so the
     * worker waits a poll instead of claiming it again at once.
     */
    private boolean judgeOne(Claim claim) {
        BooleanSupplier owned = leases.hold(claim);
        judging.add(claim);
        try {
            JudgeJob job = loader.load(claim.submissionId());
            if (job.internal()) return judgeGivingWay(claim, job, owned) != GaveWay.TO_A_SCORE;
            judge.judge(claim, job, owned);
        } catch (RuntimeException e) {
            if (!running.get()) { // interrupted by a shutdown: give it back (a no-op if stop() already did)
                LOG.debugf("Judging %s stopped on shutdown: %s", claim.submissionId(), e.getMessage());
                queue.handBack(claim);
                return true;
            }
            // the sandbox or the engine failed, not the candidate: try again later (the engine may be restarting),
            // and say so once the attempts are used rather than leave the submission hanging
            String why = "The judge failed: " + e.getMessage();
            OptionalInt delay = claim.retryAfterSeconds(config.maxAttempts(), config.retrySeconds());
            if (delay.isPresent()) {
                LOG.warnf(e, "Judging %s failed (attempt %d); trying again in %d s", claim.submissionId(),
                        claim.attempt(), delay.getAsInt());
                queue.retryLater(claim, delay.getAsInt(), why);
            } else {
                LOG.errorf(e, "Judging %s failed (attempt %d, the last)", claim.submissionId(), claim.attempt());
                recorder.finished(claim, Verdict.INTERNAL_ERROR, why, 0, null, null);
            }
        } finally {
            judging.remove(claim);
            leases.release(claim);
        }
        return true;
    }

    /** Whom an internal judging gave way to, if anyone. */
    private enum GaveWay { NOT, TO_A_USER, TO_A_SCORE }

    /** Users' verdicts first, then scores, then calibration: whom an internal judging must give way to now. */
    private GaveWay internalGivesWay() {
        if (queue.waiting() > 0) return GaveWay.TO_A_USER;
        return scores.any() ? GaveWay.TO_A_SCORE : GaveWay.NOT;
    }

    /**
     * An internal judging (calibration) does not start, or stops before its next test, when a user's submission waits
     * or a score waits or is measured, and its claim is handed back to the queue: a user's submission or a score waits
     * for one test (or the compile) of calibration at most.
     */
    private GaveWay judgeGivingWay(Claim claim, JudgeJob job, BooleanSupplier owned) {
        AtomicReference<GaveWay> gaveWay = new AtomicReference<>(internalGivesWay());
        boolean started = gaveWay.get() == GaveWay.NOT;
        if (started) {
            judge.judge(claim, job, () -> {
                GaveWay now = internalGivesWay();
                if (now == GaveWay.NOT) return owned.getAsBoolean();
                gaveWay.set(now);
                return false;
            });
        }
        // one given back before it started is not logged: a score came between the claim and the start
        if (gaveWay.get() != GaveWay.NOT && queue.handBack(claim) && started) {
            LOG.infof("Gave way %s: %s (internal) is queued again", gaveWay.get() == GaveWay.TO_A_USER
                    ? "to a user's submission" : "to a score", claim.submissionId());
        }
        return gaveWay.get();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
