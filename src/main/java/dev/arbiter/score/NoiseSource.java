package dev.arbiter.score;

/** What can disturb a timed measurement, each measured while the score runs (docs/PERFORMANCE.md). */
public enum NoiseSource {
    /** The idle measured program used CPU while the other was timed (its own threads: a JIT, a collector, a spinner). */
    OTHER_PROGRAM("the other measured program used CPU while one was timed"),
    /** The measured programs waited for a CPU while timed: something outside the sandbox ran on theirs. */
    MACHINE_LOAD("the measured programs waited for a CPU: other processes kept the machine busy"),
    /**
     * Other processes kept the machine's other cores busy: they do not take the measured programs' CPU, but they
     * share its caches and memory bandwidth, which memory-bound programs feel unequally.
     */
    NEIGHBOURS("other processes kept the other cores busy, sharing caches and memory bandwidth"),
    /**
     * Work outside this machine (another tenant of a cloud host) took the host's last-level cache during timed rounds:
     * a fixed walk through 8 MiB, read around every round, took over twice its quiet time. Nothing inside the machine
     * shows it: no core is busier, no process waits. Those rounds are left out where others remain (HostCache).
     */
    HOST_MEMORY("work outside this machine took the host's cache during some rounds (a fixed walk through 8 MiB of memory"
            + " took over twice its quiet time); programs that wait on memory more than their reference slow down more"),
    /** The server's own threads (API, judge, database) used much CPU during the score. */
    SERVER("the server's own threads were busy"),
    /** Verdicts took the sandbox's CPU (it was paused) and cut through a measurement, which was taken again. */
    VERDICT_PAUSES("the measurement gave way to verdicts"),
    /** None of the above was seen: the processes' own run-to-run variation (memory placement, JIT decisions). */
    RUN_TO_RUN("no outside disturbance was seen: run-to-run variation of the measured processes");

    private final String description;

    NoiseSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
