package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
            assertThat(host.getCpuQuota()).isEqualTo(100_000L);
            assertThat(host.getCpuPeriod()).isEqualTo(100_000L);
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

    /** A node killed while its score sandbox was paused (measure.Preemption) leaves it frozen; the next reap removes it. */
    @Test
    void reaperRemovesAFrozenSandboxOfADeadNode() {
        String id = docker.createContainerCmd(config.pythonImage()).withCmd("sleep", "600")
                .withLabels(Map.of(Sandbox.LABEL, "1", Sandbox.NODE_LABEL, "gone/1", Sandbox.CREATED_LABEL, "1"))
                .exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            docker.pauseContainerCmd(id).exec();

            int removed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reaper.reap());

            assertThat(removed).isGreaterThanOrEqualTo(1);
            assertThatThrownBy(() -> docker.inspectContainerCmd(id).exec()).isInstanceOf(RuntimeException.class);
        } finally {
            docker.listContainersCmd().withShowAll(true).withIdFilter(List.of(id)).exec().forEach(c -> {
                if ("paused".equals(c.getState())) docker.unpauseContainerCmd(id).exec();
                docker.removeContainerCmd(id).withForce(true).exec();
            });
        }
    }

    /** Counting may run its programs side by side: the sandbox's CPU quota goes up and back down, in the kernel too. */
    @Test
    void aMeasurementCanRaiseTheSandboxsCpusAndPutThemBack() {
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 300)) {
            assertThat(box.cpus()).isEqualTo(1.0);
            box.cpus(2);
            assertThat(box.cpus()).isEqualTo(2.0);
            assertThat(docker.inspectContainerCmd(box.id()).exec().getHostConfig().getCpuQuota()).isEqualTo(200_000L);
            assertThat(cgroupQuota(box)).isEqualTo("200000");
            box.cpus(1);
            assertThat(box.cpus()).isEqualTo(1.0);
            assertThat(docker.inspectContainerCmd(box.id()).exec().getHostConfig().getCpuQuota()).isEqualTo(100_000L);
            assertThat(cgroupQuota(box)).isEqualTo("100000");
        }
    }

    /** The quota the kernel enforces on the sandbox, read from inside it (cgroup v2, else v1). */
    private static String cgroupQuota(SandboxContainer box) {
        RunReport r = box.run(List.of("sh", "-c", "cat /sys/fs/cgroup/cpu.max 2>/dev/null || cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
                RunLimits.forCpu(2000, 1 << 16), null);
        assertThat(r.status()).isEqualTo(RunReport.Status.OK);
        return r.stdout().trim().split(" ")[0];
    }

    /**
     * A score runs the submission again and again (docs/SECURITY.md): whatever one run leaves for the next, in files,
     * POSIX message queues or System V IPC objects, is gone once the sandbox clears the candidate's scratch space.
     */
    @Test
    void nothingTheCandidateLeavesOutlivesClearingItsScratchSpace() {
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 300)) {
            RunReport left = box.run(List.of("python3", "-c", LEAVE_BEHIND), RunLimits.forCpu(5000, 1 << 16), null);
            assertThat(left.status()).as(left.stderr()).isEqualTo(RunReport.Status.OK);
            assertThat(left.stdout()).as("what it left, before clearing").isEqualTo(FOUND_ALL);

            box.clearScratch();

            RunReport after = box.run(List.of("python3", "-c", LOOK_FOR_IT), RunLimits.forCpu(5000, 1 << 16), null);
            assertThat(after.status()).as(after.stderr()).isEqualTo(RunReport.Status.OK);
            assertThat(after.stdout()).isEqualTo("files [] mqueue False shm False sem False msg False\n");
        }
    }

    /** Python, as the candidate: finds each kind of thing a run can leave (keys and names fixed, as a cheat's would be). */
    private static final String LOOK_FOR_IT = String.join("\n",
            "import ctypes, os",
            "libc = ctypes.CDLL(None, use_errno=True)",
            "libc.mq_open.restype = ctypes.c_int",
            "files = sorted(os.path.join(d, n) for top in ('/tmp', '/dev/shm') for d, dirs, names in os.walk(top) for n in dirs + names)",
            "mq = libc.mq_open(b'/answers', os.O_RDONLY) >= 0",
            "shm = libc.shmget(0x5eed, 0, 0) >= 0",
            "sem = libc.semget(0x5eed, 0, 0) >= 0",
            "msg = libc.msgget(0x5eed, 0) >= 0",
            "print('files', files, 'mqueue', mq, 'shm', shm, 'sem', sem, 'msg', msg)",
            "");

    private static final String LEAVE_BEHIND = String.join("\n",
            "import ctypes, os",
            "libc = ctypes.CDLL(None, use_errno=True)",
            "os.makedirs('/tmp/.cache/deep', exist_ok=True)",
            "open('/tmp/.cache/deep/answers', 'w').write('42')",
            "open('/tmp/marker', 'w').write('ran')",
            "open('/dev/shm/answers', 'w').write('42')",
            "IPC_CREAT = 0o1000",
            "assert libc.mq_open(b'/answers', os.O_CREAT | os.O_RDWR, 0o600, None) >= 0, os.strerror(ctypes.get_errno())",
            "assert libc.shmget(0x5eed, 4096, IPC_CREAT | 0o600) >= 0, os.strerror(ctypes.get_errno())",
            "assert libc.semget(0x5eed, 1, IPC_CREAT | 0o600) >= 0, os.strerror(ctypes.get_errno())",
            "assert libc.msgget(0x5eed, IPC_CREAT | 0o600) >= 0, os.strerror(ctypes.get_errno())",
            "",
            LOOK_FOR_IT);

    private static final String FOUND_ALL = "files ['/dev/shm/answers', '/tmp/.cache', '/tmp/.cache/deep', "
            + "'/tmp/.cache/deep/answers', '/tmp/marker'] mqueue True shm True sem True msg True\n";

    /** An exec starting in a frozen container never returns (and holds the container in the engine): no freeze before it runs. */
    @Test
    void aSandboxIsFrozenOnlyOnceItsRunnerRuns() {
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 300)) {
            assertThat(box.pause()).as("no runner yet").isFalse();
            assertThat(docker.inspectContainerCmd(box.id()).exec().getState().getPaused()).isFalse();

            box.upload(Map.of("x.txt", new byte[]{1}));
            assertThat(box.pause()).isTrue();
            assertThat(docker.inspectContainerCmd(box.id()).exec().getState().getPaused()).isTrue();
            box.unpause();
            RunReport report = box.run(List.of("true"), RunLimits.forCpu(2000, 1 << 20), null);
            assertThat(report.status()).isEqualTo(RunReport.Status.OK);
        }
    }
}
