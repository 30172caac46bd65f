package dev.arbiter.lease;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class LeasesTest {

    private static final Claim OURS = new Claim(UUID.randomUUID(), 1, "node-a/worker-0");
    private static final Claim TAKEN_OVER = new Claim(UUID.randomUUID(), 1, "node-a/worker-1");

    @Test
    void heldClaimsAreRenewedAndOneThatCannotBeIsMarkedLost() throws InterruptedException {
        Set<Claim> renewed = ConcurrentHashMap.newKeySet();
        try (Leases leases = new Leases("test-heartbeat", 1, claim -> renewed.add(claim) && claim != TAKEN_OVER)) {
            BooleanSupplier ours = leases.hold(OURS);
            BooleanSupplier lost = leases.hold(TAKEN_OVER);

            waitFor(() -> !lost.getAsBoolean());

            assertThat(renewed).containsExactlyInAnyOrder(OURS, TAKEN_OVER);
            assertThat(ours.getAsBoolean()).isTrue();
        }
    }

    @Test
    void aReleasedClaimIsNoLongerRenewed() throws InterruptedException {
        Set<Claim> renewed = ConcurrentHashMap.newKeySet();
        Claim other = new Claim(UUID.randomUUID(), 2, "node-b/worker-0");
        try (Leases leases = new Leases("test-heartbeat", 1, renewed::add)) {
            leases.hold(OURS);
            leases.release(OURS);
            leases.hold(other);

            waitFor(() -> renewed.contains(other));

            assertThat(renewed).containsExactly(other);
        }
    }

    /** Polls for up to 10 s: the leases renew every second. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) Thread.sleep(50);
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
