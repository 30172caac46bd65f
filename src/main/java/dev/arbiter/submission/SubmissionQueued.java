package dev.arbiter.submission;

import java.util.UUID;

/** A submission entered the judge queue; observed once its transaction committed, so a woken worker can see it. */
public record SubmissionQueued(UUID id) {
}
