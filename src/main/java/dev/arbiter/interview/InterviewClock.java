package dev.arbiter.interview;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock every interview rule reads (start, deadline, grace, finalizing); tests replace it to move time.
 * Microseconds, as PostgreSQL keeps them, so a time reads back exactly as it was written.
 */
@ApplicationScoped
public class InterviewClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
