package dev.arbiter.judge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Judge workers and queue settings. */
@ConfigMapping(prefix = "arbiter.judge")
public interface JudgeConfig {

    /** Judge worker threads in this process; 0 makes the process API-only. */
    @WithDefault("2")
    int workers();

    /** Seconds a claim stays valid without a heartbeat; a dead worker's submission is re-judged after this. */
    @WithDefault("30")
    int leaseSeconds();

    @WithDefault("5")
    int heartbeatSeconds();

    /** Judging attempts before a submission is given up as INTERNAL_ERROR. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * A judging that failed for the judge's own reasons (the Docker engine unreachable or restarting, a sandbox gone)
     * is tried again after this many seconds times its attempt, while attempts remain (max-attempts).
     */
    @WithDefault("10")
    int retrySeconds();

    /** Idle workers poll the queue this often (milliseconds); submissions made on this node wake them at once. */
    @WithDefault("250")
    int pollMillis();

    @WithDefault("20000")
    int compileCpuMs();

    /**
     * On shutdown, seconds running judgings may take to finish before they are handed back to the queue; keep the
     * container stop timeout (docker stop -t, terminationGracePeriodSeconds) above it.
     */
    @WithDefault("15")
    int stopGraceSeconds();
}
