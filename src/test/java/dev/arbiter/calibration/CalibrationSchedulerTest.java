package dev.arbiter.calibration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationSchedulerTest {

    @Test
    void aCalibrationWaitsUntilNoVerdictOrScoreWaitsOrRunsOnThisNode() {
        assertThat(CalibrationScheduler.busy(0, 0, false)).as("an idle node calibrates").isFalse();
        assertThat(CalibrationScheduler.busy(1, 0, false)).as("a submission waits").isTrue();
        assertThat(CalibrationScheduler.busy(0, 1, false)).as("a submission is judged").isTrue();
        assertThat(CalibrationScheduler.busy(0, 0, true)).as("a score waits or is measured").isTrue();
    }
}
