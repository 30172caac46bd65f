package dev.arbiter.interview;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.Instant;

/** The interview clock in tests: real time plus an offset a test moves forward (and resets), so nothing sleeps. */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends InterviewClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(offset).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
