package dev.arbiter.sandbox;

/** What runguard measured for one process run inside the sandbox, with what the process wrote. */
public record RunReport(
        Status status,
        Integer exitCode,
        Integer signal,
        int cpuMs,
        int wallMs,
        int memoryKb,
        String stdout,
        String stderr,
        String result) {

    public enum Status { OK, CPU_TIMEOUT, WALL_TIMEOUT, OUTPUT_EXCEEDED, OOM, GUARD_FAILED }

    public boolean exitedCleanly() {
        return status == Status.OK && exitCode != null && exitCode == 0;
    }

    /** A report for a run whose guard itself did not answer (killed, or the container vanished). */
    public static RunReport guardFailed(String why, int wallMs) {
        return new RunReport(Status.GUARD_FAILED, null, null, 0, wallMs, 0, "", why, "");
    }
}
