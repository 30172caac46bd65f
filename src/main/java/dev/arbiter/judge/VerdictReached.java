package dev.arbiter.judge;

import dev.arbiter.common.Verdict;

import java.util.UUID;

/**
 * A submission's verdict, fired (synchronously) just before it is written: what comes after a verdict (a score of
 * an accepted submission) is queued by its observers first, so no reader sees a verdict without it.
 */
public record VerdictReached(UUID submissionId, Verdict verdict) {
}
