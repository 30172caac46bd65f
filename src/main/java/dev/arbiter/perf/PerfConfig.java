package dev.arbiter.perf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Performance scoring and calibration settings. */
@ConfigMapping(prefix = "arbiter.perf")
public interface PerfConfig {

    /** Score every accepted submission of a problem with perf sizes, after its verdict. */
    @WithDefault("true")
    boolean scoreAccepted();

    /**
     * Independent measurements (fresh processes) per score, of which the score is the median: the run-to-run
     * variation of one process (JIT decisions, memory placement) only averages out across processes
     * (docs/BENCHMARKS.md: five keep ten Python scores within 2.2 %; three cost 40 % less time).
     */
    @WithDefault("5")
    int forks();

    /** Calibrate time limits and benchmark the references of every problem version in the background. */
    @WithDefault("true")
    boolean calibrate();
}
