package dev.arbiter.measure;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting gives a score's sandbox two cores (docs/SECURITY.md): a submission that spins in every thread it can start
 * while it is counted is stopped, the reference beside it is counted at every input all the same, and the sandbox is
 * back on one core for the timing that follows. Through the real sandbox and judge-images/interleave.
 */
@QuarkusTest
class HostileCountingTest {

    private static final String SPEC = """
            {"mode":"signature","signature":{"method":"total","params":[{"name":"nums","type":"int[]"}],"returns":"int"}}""";
    private static final String SPINNER = """
            import threading

            def spin():
                while True:
                    pass

            class Solution:
                def total(self, nums):
                    for _ in range(8):
                        threading.Thread(target=spin, daemon=True).start()
                    spin()
            """;
    private static final String HONEST = """
            class Solution:
                def total(self, nums):
                    return sum(nums)
            """;
    /** A counted call may take 100 ms of CPU; one that never answers is given up after 10 x that + 10 s of waiting. */
    private static final Interleave.Settings COUNTING = new Interleave.Settings(1, 1, 1, 20, 1, 100, 1);

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxConfig config;

    @Test
    void aSubmissionSpinningInManyThreadsWhileCountedIsStoppedAndTheReferenceIsCountedAllTheSame() {
        Toolchain python = Toolchain.of(Language.PYTHON);
        List<String> inputs = List.of("[1,2,3]\n", "[1,2,3,4,5,6]\n", "[1,2,3,4,5,6,7,8,9,10,11,12]\n");
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 600)) {
            python.prepare(box.runner(), Workspace.SUBMISSION, Mode.SIGNATURE, SPINNER, SPEC, 10_000);
            python.prepare(box.runner(), Workspace.REFERENCE, Mode.SIGNATURE, HONEST, SPEC, 10_000);
            box.upload(PerfInputs.files("count", inputs));
            List<String> paths = PerfInputs.paths("count", inputs.size());

            Measurement m = Interleave.count(box, List.of(python.countCommand(Workspace.SUBMISSION, 64, paths),
                            python.countCommand(Workspace.REFERENCE, 64, paths)),
                    List.of(RunnerSession.User.CANDIDATE, RunnerSession.User.REFERENCE), List.of(3L, 6L, 12L), COUNTING, config.cpus());

            assertThat(m.programs().get(0).ok()).as("the spinner is stopped").isFalse();
            assertThat(m.measuredSizes(0)).isZero();
            assertThat(m.programs().get(1).ok()).as("the reference beside it").isTrue();
            assertThat(m.measuredSizes(1)).isEqualTo(3);
            assertThat(m.sizes().get(2).runs().get(1).counts()).as("the reference's work at n = 12").hasSize(1)
                    .allSatisfy(count -> assertThat(count).isPositive());
            // the timing that follows runs on one core again
            RunReport after = box.run(List.of("sh", "-c", "cat /sys/fs/cgroup/cpu.max 2>/dev/null || cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
                    RunLimits.forCpu(2000, 1 << 16), null);
            assertThat(after.stdout().trim().split(" ")[0]).isEqualTo("100000");
        }
    }
}
