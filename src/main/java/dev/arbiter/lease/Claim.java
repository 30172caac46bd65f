package dev.arbiter.lease;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * A submission claimed off a durable queue (the judge queue, the score queue) by one worker: the fencing token is
 * the attempt number together with the owner, and every write of the work is conditional on both.
 */
public record Claim(UUID submissionId, int attempt, String owner) {

    /**
     * After a failure of the worker's own (the engine away or restarting), when the work is tried again: the retry
     * delay times this attempt, so an outage gets longer to end at each; empty on the last attempt, whose failure is
     * then the result.
     */
    public OptionalInt retryAfterSeconds(int maxAttempts, int retrySeconds) {
        return attempt < maxAttempts ? OptionalInt.of(retrySeconds * attempt) : OptionalInt.empty();
    }
}
