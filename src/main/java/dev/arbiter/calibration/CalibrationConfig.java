package dev.arbiter.calibration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Calibration of time limits and reference benchmarks. */
@ConfigMapping(prefix = "arbiter.calibration")
public interface CalibrationConfig {

    /** Calibrate time limits and benchmark the references of every problem version in the background. */
    @WithDefault("true")
    boolean enabled();
}
