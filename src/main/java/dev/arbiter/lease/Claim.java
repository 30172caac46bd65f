package dev.arbiter.lease;

import java.util.UUID;

/**
 * A submission claimed off a durable queue (the judge queue, the score queue) by one worker: the fencing token is
 * the attempt number together with the owner, and every write of the work is conditional on both.
 */
public record Claim(UUID submissionId, int attempt, String owner) {
}
