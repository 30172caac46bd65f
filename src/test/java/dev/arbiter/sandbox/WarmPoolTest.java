package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The warm pool hands out no container the reaper is about to remove: the reaper removes every sandbox at a fixed age,
 * a waiting one too, and the next judging in it failed. Ages are given, not waited for.
 */
@QuarkusTest
class WarmPoolTest {

    /** A memory size of its own, so that no judging of another test takes these containers. */
    private static final int MEMORY_MB = 301;

    @Inject
    WarmPool pool;

    @Inject
    SandboxConfig config;

    @Inject
    DockerClient docker;

    @Inject
    Sandbox sandbox;

    @Test
    void aWarmContainerPastHalfTheReapersAgeIsRemovedInsteadOfHandedOut() {
        String image = config.pythonImage();
        try (SandboxContainer first = pool.take(image, MEMORY_MB)) { // none warm yet: started now, and the pool refills
            SandboxContainer warm = awaitWarm(image);
            long stale = warm.createdSecond() + config.maxContainerAgeSeconds() / 2;

            try (SandboxContainer taken = pool.take(image, MEMORY_MB, stale)) {
                assertThat(taken.id()).isNotEqualTo(warm.id());
                assertThatThrownBy(() -> docker.inspectContainerCmd(warm.id()).exec()).isInstanceOf(NotFoundException.class);
                RunReport echo = taken.run(List.of("echo", "alive"), RunLimits.forCpu(5_000, 1 << 10), null);
                assertThat(echo.stdout()).isEqualTo("alive\n");
            }
            try (SandboxContainer young = pool.take(image, MEMORY_MB, awaitWarm(image).createdSecond())) {
                assertThat(young.run(List.of("echo", "alive"), RunLimits.forCpu(5_000, 1 << 10), null).stdout()).isEqualTo("alive\n");
            }
        }
    }

    @Test
    void theReapersSweepRetiresStaleWarmContainersAndThePoolStartsFreshOnes() {
        String image = config.pythonImage();
        try (SandboxContainer first = pool.take(image, MEMORY_MB + 1)) {
            SandboxContainer warm = awaitWarm(image, MEMORY_MB + 1);

            assertThat(pool.retireStale(warm.createdSecond() + config.maxContainerAgeSeconds() / 2)).isPositive();

            assertThatThrownBy(() -> docker.inspectContainerCmd(warm.id()).exec()).isInstanceOf(NotFoundException.class);
            SandboxContainer fresh = awaitWarm(image, MEMORY_MB + 1);
            assertThat(fresh.id()).isNotEqualTo(warm.id());
            pool.take(image, MEMORY_MB + 1).close();
        }
    }

    /**
     * A pool that interrupted its start in progress left the container it was creating, for the node's shutdown sweep
     * to find (stopped 5 to 150 ms after the start began, every time), and logged "Warm pool could not start".
     */
    @Test
    void aPoolStoppedWhileItStartsAContainerLeavesNoContainerBehind() throws Exception {
        int memoryMb = MEMORY_MB + 2;
        WarmPool stopping = new WarmPool(sandbox, config, new SimpleMeterRegistry());

        stopping.prewarm(config.pythonImage(), memoryMb); // the pool's thread starts one now
        Thread.sleep(20);
        stopping.drain();
        Thread.sleep(1000); // an engine still creating what an interrupted client asked for would show it by now

        assertThat(stopping.size()).isZero();
        assertThat(containers(memoryMb)).as("containers of the stopped pool").isEmpty();
    }

    /** The ids of this node's sandboxes (running or not) of a memory size. */
    private List<String> containers(int memoryMb) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Sandbox.LABEL, "1")).exec().stream()
                .filter(c -> {
                    try {
                        return docker.inspectContainerCmd(c.getId()).exec().getHostConfig().getMemory() == (long) memoryMb << 20;
                    } catch (NotFoundException gone) {
                        return false;
                    }
                })
                .map(c -> c.getId()).toList();
    }

    private SandboxContainer awaitWarm(String image) {
        return awaitWarm(image, MEMORY_MB);
    }

    /** The container the pool keeps ready for the configuration, once it has started one (left in the pool). */
    private SandboxContainer awaitWarm(String image, int memoryMb) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (pool.waiting(image, memoryMb) == 0) {
            assertThat(Instant.now()).as("a warm container within two minutes").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return pool.peek(image, memoryMb);
    }
}
