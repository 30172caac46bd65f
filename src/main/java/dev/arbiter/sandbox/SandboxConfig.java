package dev.arbiter.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sandbox policy and Docker settings (docs/SECURITY.md explains each limit). */
@ConfigMapping(prefix = "arbiter.sandbox")
public interface SandboxConfig {

    @WithDefault("unix:///var/run/docker.sock")
    String dockerHost();

    @WithDefault("arbiter-judge-java:1")
    String javaImage();

    @WithDefault("arbiter-judge-python:1")
    String pythonImage();

    /** The image problems' own output validators (Kattis format, Python or C++) are compiled and run in. */
    @WithDefault("arbiter-judge-checker:1")
    String checkerImage();

    /** Processes and threads a sandbox may hold at once. */
    @WithDefault("64")
    long pidsLimit();

    /** Standard output (and harness result) a test may write before it is stopped with OUTPUT_LIMIT_EXCEEDED. */
    @WithDefault("8388608")
    long outputBytes();

    /** Size of the writable work directory (tmpfs, counted in the memory limit). */
    @WithDefault("64")
    int workDirMb();

    /** CPU cores a sandbox may use. */
    @WithDefault("1.0")
    double cpus();

    /** Pre-started containers kept ready per language. */
    @WithDefault("1")
    int warmPoolSize();

    /**
     * The OCI runtime of sandbox containers: runc (Docker's default), or gVisor's runsc where it is installed and
     * registered with the engine, which puts a user-space kernel between candidates' code and the host's.
     */
    @WithDefault("runc")
    String runtime();

    /** A container older than this is an orphan and is removed by the reaper. */
    @WithDefault("900")
    int maxContainerAgeSeconds();
}
