package dev.arbiter.sandbox;

/** What the runner measured for one program run inside the sandbox, with what the program wrote. */
public record RunReport(
        Status status,
        Integer exitCode,
        Integer signal,
        int cpuMs,
        int wallMs,
        /* time the program was runnable but waited for a CPU: the machine's doing, taken off the wall limit */
        int delayMs,
        int memoryKb,
        /* the worker was started again before this test (the previous one ended it) */
        boolean restarted,
        String stdout,
        String stderr,
        String result) {

    /**
     * OK: the program ended by itself. PROTOCOL: it wrote to the judge's own channel. LOST: the worker running the
     * tests died outside the test's program. GUARD_FAILED: the runner itself did not answer.
     */
    public enum Status { OK, CPU_TIMEOUT, WALL_TIMEOUT, OUTPUT_EXCEEDED, OOM, PROTOCOL, LOST, GUARD_FAILED }

    public boolean exitedCleanly() {
        return status == Status.OK && exitCode != null && exitCode == 0;
    }

    /** A report for a run whose runner did not answer (killed, or the container vanished). */
    public static RunReport guardFailed(String why, int wallMs) {
        return new RunReport(Status.GUARD_FAILED, null, null, 0, wallMs, 0, 0, false, "", why, "");
    }
}
