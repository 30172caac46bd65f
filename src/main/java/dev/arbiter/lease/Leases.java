package dev.arbiter.lease;

import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Keeps the leases of a worker's claims alive: every period each held claim is renewed, and one that can no longer
 * be renewed (it expired and another worker took it over) is marked lost, so its work can stop at the next step.
 */
public final class Leases implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Leases.class);

    private final Map<Claim, AtomicBoolean> held = new ConcurrentHashMap<>();
    private final Predicate<Claim> renew;
    private final ScheduledExecutorService timer;

    /** renew extends one claim's lease and says whether the claim is still the worker's. */
    public Leases(String threadName, int periodSeconds, Predicate<Claim> renew) {
        this.renew = renew;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::renewAll, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** Starts renewing the claim; the answer says whether it is still held. Pair with {@link #release}. */
    public BooleanSupplier hold(Claim claim) {
        AtomicBoolean owned = new AtomicBoolean(true);
        held.put(claim, owned);
        return owned::get;
    }

    public void release(Claim claim) {
        held.remove(claim);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void renewAll() {
        held.forEach((claim, owned) -> {
            try {
                if (!renew.test(claim)) {
                    owned.set(false);
                    // usually the work just finished; if not, it stops at its next fenced write
                    LOG.debugf("Claim on %s (attempt %d) is no longer ours", claim.submissionId(), claim.attempt());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Renewing the lease on %s failed: %s", claim.submissionId(), e.getMessage());
            }
        });
    }
}
