package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Creates locked-down sandbox containers; the only place that decides how a container is confined. */
@ApplicationScoped
public class Sandbox {

    static final String LABEL = "arbiter.sandbox";
    static final String NODE_LABEL = "arbiter.node";
    static final String CREATED_LABEL = "arbiter.created";
    static final long CPU_PERIOD_US = 100_000L;

    private final DockerClient docker;
    private final SandboxConfig config;
    private final Timer startTime;

    public Sandbox(DockerClient docker, SandboxConfig config, MeterRegistry metrics) {
        this.docker = docker;
        this.config = config;
        this.startTime = Timer.builder("arbiter.sandbox.start").description("Creating and starting one sandbox container")
                .publishPercentileHistogram().register(metrics);
    }

    /** Creates and starts a fresh idle container of the image with the given memory limit (no swap). */
    public SandboxContainer start(String image, int memoryMb) {
        return start(image, memoryMb, config.pidsLimit());
    }

    /** As {@link #start(String, int)}, for measurements that run several programs at once (each has threads). */
    public SandboxContainer start(String image, int memoryMb, long pidsLimit) {
        long started = System.nanoTime();
        SandboxContainer container = create(image, memoryMb, pidsLimit);
        startTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return container;
    }

    private SandboxContainer create(String image, int memoryMb, long pidsLimit) {
        long memory = (long) memoryMb << 20;
        // /work holds the judge's files (root's, read-only to programs), /tmp the candidate's own scratch and build
        // output, /ref a reference solution measured next to a submission (its own user's, closed to the candidate)
        String options = "rw,nosuid,nodev,size=";
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of("/work", "uid=0,gid=0,mode=0755," + options + config.workDirMb() + "m",
                        "/tmp", "uid=10001,gid=10001,mode=0700," + options + config.workDirMb() + "m",
                        "/ref", "uid=10002,gid=10002,mode=0700," + options + "16m"))
                // the runner (root inside) needs these three to start programs as other users and stop them; the
                // programs themselves get no capability at all (docs/SECURITY.md)
                .withCapDrop(Capability.ALL)
                .withCapAdd(Capability.SETUID, Capability.SETGID, Capability.KILL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withPidsLimit(pidsLimit)
                .withMemory(memory)
                .withMemorySwap(memory)
                // a CFS quota rather than NanoCPUs: the same limit, and one a measurement may raise while it times nothing
                .withCpuPeriod(CPU_PERIOD_US)
                .withCpuQuota(cpuQuota(config.cpus()))
                .withUlimits(List.of(new Ulimit("nofile", 256L, 256L), new Ulimit("core", 0L, 0L)))
                .withPrivileged(false)
                .withRuntime(config.runtime());
        long created = Instant.now().getEpochSecond();
        try {
            String id = docker.createContainerCmd(image)
                    .withHostConfig(host)
                    .withUser("0:0")
                    .withNetworkDisabled(true)
                    .withWorkingDir("/work")
                    .withEnv("HOME=/tmp", "LANG=C.UTF-8")
                    .withLabels(Map.of(LABEL, "1", NODE_LABEL, NodeId.get(), CREATED_LABEL, String.valueOf(created)))
                    .withCmd("sleep", "infinity")
                    .exec().getId();
            SandboxContainer container = new SandboxContainer(docker, id, config.outputBytes(), created, config.cpus());
            try {
                docker.startContainerCmd(id).exec();
            } catch (RuntimeException e) {
                container.close();
                throw e;
            }
            return container;
        } catch (DockerException | jakarta.ws.rs.ProcessingException e) {
            throw new SandboxException("could not start a sandbox from " + image + ": " + e.getMessage(), e);
        }
    }

    /** The CFS quota per {@link #CPU_PERIOD_US} that lets a container use {@code cpus} cores. */
    static long cpuQuota(double cpus) {
        return Math.max(1_000L, Math.round(cpus * CPU_PERIOD_US));
    }

    /** The image's content id (sha256:...); it changes whenever the image is rebuilt. */
    public String imageId(String image) {
        try {
            return docker.inspectImageCmd(image).exec().getId();
        } catch (DockerException | jakarta.ws.rs.ProcessingException e) {
            throw new SandboxException("no judge image " + image + ": " + e.getMessage(), e);
        }
    }

}
