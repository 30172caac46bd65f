package dev.arbiter.score;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Performance scores of accepted submissions. */
@ConfigMapping(prefix = "arbiter.score")
public interface ScoreConfig {

    /** Score every accepted submission of a problem with perf sizes, after its verdict. */
    @WithDefault("true")
    boolean accepted();

    /**
     * Independent measurements (fresh processes) per score at most, of which the score is the median: the run-to-run
     * variation of one process (JIT decisions, memory placement) only averages out across processes
     * (docs/BENCHMARKS.md: five keep ten Python scores within 2.2 %; three cost 40 % less time). A score stops at
     * two forks that agree within 3 %, or at three or four once the forks still to come could not move its median by
     * more than 3 % (ScoreSummary.settled).
     */
    @WithDefault("5")
    int forks();

    /**
     * The time a score aims to end in, from its start (seconds): past the second fork, one more is measured only if it
     * would end in time at the pace of the longest later fork so far ({@link ForkBudget}). The verdict before it took
     * 0.8-2.5 s in run 43 (docs/BENCHMARKS.md), so a score ends within 15 s of its submission, and an interview's report
     * is complete when the interview ends. 0: never more than two forks.
     */
    @WithDefault("13")
    double seconds();

    /**
     * An idle score worker looks at the queue this often (milliseconds): for scores queued on other nodes and leases
     * that ran out. A score queued on this node wakes it at once (ScoreQueued).
     */
    @WithDefault("1000")
    int pollMillis();
}
