package dev.arbiter.calibration;

import dev.arbiter.common.Verdict;
import dev.arbiter.problem.SolutionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a declared time limit fits the problem's own solutions in one language (Kattis' rules): at least twice
 * the slowest accepted solution's slowest test, and every known-slow solution still over the limit at 1.5 times it.
 */
public record LimitCheck(int declaredLimitMs, Integer slowestAcceptedMs, String slowestAccepted, Integer suggestedLimitMs,
                         List<TleCheck> tleChecks, List<String> problems) {

    static final int ROUND_TO_MS = 100;

    /** A known-slow solution judged with 1.5 times the limit: exceeded is what it must do. */
    public record TleCheck(String solution, boolean exceeded, String verdict, Integer slowestMs, String test) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public static LimitCheck of(int declaredLimitMs, List<ShippedSolutions.Judged> judged) {
        List<String> problems = new ArrayList<>();
        ShippedSolutions.Judged slowest = null;
        for (ShippedSolutions.Judged j : judged) {
            if (j.kind() != SolutionKind.ACCEPTED) continue;
            if (j.verdict() != Verdict.ACCEPTED) {
                problems.add(j.name() + " is " + j.verdict() + " even with " + j.limitMs() + " ms");
            } else if (j.slowestMs() != null && (slowest == null || j.slowestMs() > slowest.slowestMs())) {
                slowest = j;
            }
        }
        Integer slowestMs = slowest == null ? null : slowest.slowestMs();
        Integer suggested = slowestMs == null ? null : roundUp(2 * slowestMs);
        if (slowestMs != null && 2 * slowestMs > declaredLimitMs) {
            problems.add("the limit " + declaredLimitMs + " ms is under twice the slowest accepted run (" + slowest.name()
                    + ", " + slowestMs + " ms on " + slowest.slowestTest() + "): use at least " + suggested + " ms");
        }
        List<TleCheck> tle = new ArrayList<>();
        for (ShippedSolutions.Judged j : judged) {
            if (j.kind() != SolutionKind.TIME_LIMIT_EXCEEDED) continue;
            boolean exceeded = j.verdict() == Verdict.TIME_LIMIT_EXCEEDED;
            tle.add(new TleCheck(j.name(), exceeded, j.verdict().name(), j.slowestMs(), j.slowestTest()));
            if (!exceeded) {
                problems.add(j.name() + " should exceed 1.5 x the limit (" + j.limitMs() + " ms) but was " + j.verdict()
                        + (j.slowestMs() == null ? "" : " (slowest test " + j.slowestMs() + " ms)"));
            }
        }
        return new LimitCheck(declaredLimitMs, slowestMs, slowest == null ? null : slowest.name() + " on " + slowest.slowestTest(),
                suggested, tle, problems);
    }

    static int roundUp(int ms) {
        return (ms + ROUND_TO_MS - 1) / ROUND_TO_MS * ROUND_TO_MS;
    }

    /** One line for a report: the limit, the evidence, and what is wrong if anything. */
    public String summary() {
        StringBuilder out = new StringBuilder("limit " + declaredLimitMs + " ms");
        if (slowestAcceptedMs != null) {
            out.append("; slowest accepted ").append(slowestAcceptedMs).append(" ms (").append(slowestAccepted)
                    .append("), so at least ").append(suggestedLimitMs).append(" ms");
        }
        for (TleCheck t : tleChecks) {
            out.append("; ").append(t.solution()).append(t.exceeded() ? " exceeds 1.5 x the limit" : " does not exceed 1.5 x the limit");
        }
        if (!problems.isEmpty()) out.append(" -- ").append(String.join("; ", problems));
        return out.toString();
    }
}
