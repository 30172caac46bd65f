package dev.arbiter.score;

import dev.arbiter.measure.Measurement;

import java.util.List;

/**
 * When a score stops measuring forks. A score settles as soon as the forks to come could not move it
 * ({@link ScoreSummary#settled}); beyond the second fork, one more starts only if it would end within the score's time
 * (arbiter.score.seconds) at the pace of the longest later fork so far. In run 41 (docs/BENCHMARKS.md), without it,
 * the three of 50 scores that took a fourth fork ended at 15.9-17.2 s from their submission; in run 44, with 13 s, all
 * 50 ended within 14.2 s, each solution's ten within 3.6 % of their median.
 */
public record ForkBudget(int maxForks, long budgetNs) {

    /** Why a score measured no more forks than it did (evidence.forksEnded). */
    public enum Ended {
        /** The forks still to come could not have moved the score. */
        SETTLED("settled"),
        /** arbiter.score.forks were measured. */
        LIMIT("limit"),
        /** One more fork would have ended past the score's time. */
        TIME("time"),
        /** No size was measured by both programs: there is no ratio for a further fork to take. */
        NO_RATIO("noRatio");

        private final String evidence;

        Ended(String evidence) {
            this.evidence = evidence;
        }

        String evidence() {
            return evidence;
        }
    }

    /** The forks of the minimum every score measures: fork 0 over every size and one fresh process beside it. */
    static final int ALWAYS = 2;

    /**
     * Why no further fork should start, or null when one should: {@code forks} measured so far, {@code elapsedNs} since the
     * score began, {@code longestLaterNs} the longest fork after fork 0 so far (0 before the first).
     */
    Ended ended(List<Measurement> forks, boolean anyRatio, long elapsedNs, long longestLaterNs) {
        if (!anyRatio) return Ended.NO_RATIO;
        if (forks.size() >= Math.max(1, maxForks)) return Ended.LIMIT;
        if (ScoreSummary.settled(forks, maxForks)) return Ended.SETTLED;
        if (forks.size() >= ALWAYS && elapsedNs + longestLaterNs > budgetNs) return Ended.TIME;
        return null;
    }
}
