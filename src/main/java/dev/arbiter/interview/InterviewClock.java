package dev.arbiter.interview;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The one clock every interview rule reads (start, deadline, grace, finalizing); tests replace it to move time. */
@ApplicationScoped
public class InterviewClock {

    public Instant now() {
        return Instant.now();
    }
}
