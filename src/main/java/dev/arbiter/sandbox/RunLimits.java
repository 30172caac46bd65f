package dev.arbiter.sandbox;

/** Limits of one guarded run: CPU time, wall-clock time and output size. */
public record RunLimits(int cpuMs, int wallMs, long outputBytes) {

    /** The design's wall limit: twice the CPU limit plus a second, for I/O and scheduling noise. */
    public static RunLimits forCpu(int cpuMs, long outputBytes) {
        return new RunLimits(cpuMs, 2 * cpuMs + 1000, outputBytes);
    }
}
