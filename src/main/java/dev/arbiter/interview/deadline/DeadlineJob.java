package dev.arbiter.interview.deadline;

import dev.arbiter.common.RoleConfig;
import dev.arbiter.interview.InterviewConfig;
import dev.arbiter.sandbox.NodeId;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The durable deadline job of an API node: every second, finalize each session past its deadline plus grace. The
 * work lives in PostgreSQL (RUNNING rows with a deadline), so a restart loses nothing and any node may do it.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    private final DeadlineFinalizer finalizer;
    private final InterviewConfig config;
    private final RoleConfig role;
    private volatile Thread thread;

    public DeadlineJob(DeadlineFinalizer finalizer, InterviewConfig config, RoleConfig role) {
        this.finalizer = finalizer;
        this.config = config;
        this.role = role;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.finalize() || !role.servesApi()) return;
        Thread t = new Thread(this::loop, "interview-deadlines");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = thread;
        thread = null;
        if (t != null) t.interrupt();
    }

    /** Finalizes every session that is due now; returns what this node finalized (others may have taken some). */
    public List<DeadlineFinalizer.Finalized> finalizeDue() {
        List<DeadlineFinalizer.Finalized> done = new ArrayList<>();
        Optional<DeadlineFinalizer.Finalized> one;
        while ((one = finalizer.finalizeOne(NodeId.get())).isPresent()) {
            done.add(one.get());
            LOG.infof("Interview %d finalized at its deadline; %d problem(s) auto-submitted",
                    one.get().interviewId(), one.get().autoSubmissions().size());
        }
        return done;
    }

    private void loop() {
        while (thread == Thread.currentThread()) {
            try {
                finalizeDue();
                Thread.sleep(config.finalizePollMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // e.g. the judge queue is full (429): the session stays RUNNING and is tried again next round
                LOG.warnf("Finalizing interviews failed, trying again: %s", e.getMessage());
                try {
                    Thread.sleep(config.finalizePollMillis());
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }
}
