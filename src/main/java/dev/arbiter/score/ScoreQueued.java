package dev.arbiter.score;

import java.util.UUID;

/** A submission's score was queued (PENDING); observed once the transaction commits, it wakes this node's worker. */
public record ScoreQueued(UUID submissionId) {
}
