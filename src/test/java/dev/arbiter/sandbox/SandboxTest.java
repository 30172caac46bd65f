package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Docker sandbox: how containers are confined, and the upload/exec plumbing. */
@QuarkusTest
class SandboxTest {

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxConfig config;

    @Inject
    DockerClient docker;

    @Inject
    Reaper reaper;

    @Test
    void containersAreLockedDown() {
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 300)) {
            InspectContainerResponse info = docker.inspectContainerCmd(box.id()).exec();
            var host = info.getHostConfig();
            assertThat(host.getNetworkMode()).isEqualTo("none");
            assertThat(host.getReadonlyRootfs()).isTrue();
            assertThat(host.getPrivileged()).isFalse();
            assertThat(host.getCapDrop()).extracting(Enum::name).contains("ALL");
            // the runner's three, needed to start programs as other users and stop them; programs get none
            assertThat(host.getCapAdd()).extracting(Enum::name).containsExactlyInAnyOrder("SETUID", "SETGID", "KILL");
            assertThat(host.getSecurityOpts()).contains("no-new-privileges");
            assertThat(host.getPidsLimit()).isEqualTo(64L);
            assertThat(host.getMemory()).isEqualTo(300L << 20);
            assertThat(host.getMemorySwap()).isEqualTo(300L << 20);
            assertThat(host.getNanoCPUs()).isEqualTo(1_000_000_000L);
            // pid 1 is root's: a candidate's program (another user) can neither trace nor signal it
            assertThat(info.getConfig().getUser()).isEqualTo("0:0");
            assertThat(info.getConfig().getLabels()).containsKeys("arbiter.sandbox", "arbiter.node", "arbiter.created");
        }
    }

    @Test
    void uploadsFilesAndRunsProgramsAsTheSandboxUser() {
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 300)) {
            box.upload(Map.of("sub/hello.py", "import os,sys\nprint(os.getuid(), sys.stdin.read().strip())\n".getBytes(StandardCharsets.UTF_8)));
            RunReport report = box.run(List.of("python3", "/work/sub/hello.py"), RunLimits.forCpu(2000, 1 << 20),
                    "from stdin\n".getBytes(StandardCharsets.UTF_8));

            assertThat(report.status()).isEqualTo(RunReport.Status.OK);
            assertThat(report.exitCode()).isZero();
            assertThat(report.stdout()).isEqualTo("10001 from stdin\n");
        }
    }

    @Test
    void removedContainersAreGone() {
        SandboxContainer box = sandbox.start(config.pythonImage(), 300);
        box.close();
        assertThatThrownBy(() -> docker.inspectContainerCmd(box.id()).exec()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void reaperLeavesLiveContainersAlone() {
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 300)) {
            reaper.reap();
            assertThat(docker.inspectContainerCmd(box.id()).exec().getState().getRunning()).isTrue();
        }
    }
}
