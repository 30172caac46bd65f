package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;

import java.util.List;
import java.util.Map;

/**
 * One started sandbox container. Everything inside it goes through its runner (one docker exec, opened on first
 * use): the runner is root there and starts each program as an unprivileged user under the sandbox policy.
 */
public class SandboxContainer implements AutoCloseable {

    private final DockerClient docker;
    private final String id;
    private final long outputBytes;
    private final long createdSecond;
    private RunnerSession runner;
    private double cpus;

    SandboxContainer(DockerClient docker, String id, long outputBytes, long createdSecond, double cpus) {
        this.docker = docker;
        this.id = id;
        this.outputBytes = outputBytes;
        this.createdSecond = createdSecond;
        this.cpus = cpus;
    }

    public String id() {
        return id;
    }

    /** When the container was created (epoch seconds, as its label says): the reaper removes it at a fixed age. */
    public long createdSecond() {
        return createdSecond;
    }

    /** The container's runner session. */
    public synchronized RunnerSession runner() {
        if (runner == null) {
            try {
                // every reply holds at most three capped streams and a header
                runner = new RunnerSession(docker, id, 3 * Math.max(outputBytes, 32L << 20) + (1 << 20));
            } catch (RuntimeException e) {
                throw new SandboxException("could not start the runner in the sandbox: " + e.getMessage(), e);
            }
        }
        return runner;
    }

    /** Writes the judge's files (absolute paths, or relative to /work): readable by the programs, never writable. */
    public void upload(Map<String, byte[]> files) {
        files.forEach((path, content) -> runner().put(absolute(path), content, RunnerSession.User.JUDGE));
    }

    /** Runs one program as the candidate's user, stdin from the bytes (none when null). */
    public RunReport run(List<String> command, RunLimits limits, byte[] stdin) {
        return runner().exec(command, limits, RunnerSession.User.CANDIDATE, stdin);
    }

    /**
     * Removes whatever the candidate's user left in the sandbox: its files in /tmp (its home), /dev/shm and
     * /dev/mqueue, and its System V IPC objects. Meant for between runs, when the runner has killed every process of
     * that user.
     */
    public void clearScratch() {
        RunReport cleared = run(List.of("sh", "-c", "find /tmp /dev/shm /dev/mqueue -mindepth 1 -user \"$0\" -delete; "
                + "ipcrm --all; find /tmp /dev/shm /dev/mqueue -mindepth 1 -user \"$0\" | grep -q . && exit 3; exit 0",
                String.valueOf(RunnerSession.User.CANDIDATE.uid())), RunLimits.forCpu(5_000, 1 << 16), null);
        if (!Integer.valueOf(0).equals(cleared.exitCode())) {
            throw new SandboxException("could not clear the candidate's scratch space: " + cleared.status() + " "
                    + cleared.stderr());
        }
    }

    /**
     * Freezes every process of the sandbox (cgroup freezer) until {@link #unpause()}, so a measurement waits, whole.
     * Nothing is frozen (false) until the runner has answered once: a docker exec that is still starting when its
     * container freezes never returns, and the engine then holds the container for good (unpause and remove hang too).
     */
    public synchronized boolean pause() {
        if (runner == null || !runner.answered()) return false;
        try {
            docker.pauseContainerCmd(id).exec();
            return true;
        } catch (RuntimeException e) {
            throw new SandboxException("could not pause the sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * Lets the sandbox use {@code cpus} cores from now on. Counting times nothing, so its programs may run side by
     * side; timed programs start side by side, and interleave then pins every thread of theirs to one core (a timed
     * program gets one core, as in a verdict, whatever the quota).
     */
    public synchronized void cpus(double cpus) {
        if (cpus == this.cpus) return; // an update of the engine's costs some 30-90 ms
        try {
            docker.updateContainerCmd(id).withCpuQuota(Sandbox.cpuQuota(cpus)).exec();
            this.cpus = cpus;
        } catch (RuntimeException e) {
            throw new SandboxException("could not set the sandbox's CPUs: " + e.getMessage(), e);
        }
    }

    /** The cores the sandbox may use now. */
    public synchronized double cpus() {
        return cpus;
    }

    public void unpause() {
        try {
            docker.unpauseContainerCmd(id).exec();
        } catch (RuntimeException e) {
            // gone already, or not paused
        }
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/work/" + path;
    }

    @Override
    public synchronized void close() {
        if (runner != null) runner.close();
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            // already gone, or the engine is down: the reaper removes it later
        }
    }
}
