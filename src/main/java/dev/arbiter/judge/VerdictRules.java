package dev.arbiter.judge;

import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.sandbox.RunReport;

import java.util.List;

/** Turns what the runner measured into a verdict, before any answer is compared. */
final class VerdictRules {

    /** Harness exit codes (judge-images/README.md). */
    static final int EXIT_CANDIDATE_EXCEPTION = 1;
    static final int EXIT_OUT_OF_MEMORY = 3;
    static final int EXIT_HARNESS_ERROR = 4;

    private VerdictRules() {
    }

    /** The verdict the run itself decides, or null when the answer must be checked. */
    static Verdict fromRun(RunReport report, int cpuLimitMs, Toolchain toolchain) {
        return switch (report.status()) {
            case CPU_TIMEOUT, WALL_TIMEOUT -> Verdict.TIME_LIMIT_EXCEEDED;
            case OUTPUT_EXCEEDED -> Verdict.OUTPUT_LIMIT_EXCEEDED;
            case OOM -> Verdict.MEMORY_LIMIT_EXCEEDED;
            case GUARD_FAILED, PROTOCOL, LOST -> Verdict.RUNTIME_ERROR;
            case OK -> fromExit(report, cpuLimitMs, toolchain);
        };
    }

    private static Verdict fromExit(RunReport report, int cpuLimitMs, Toolchain toolchain) {
        if (report.cpuMs() > cpuLimitMs) return Verdict.TIME_LIMIT_EXCEEDED;
        if (report.signal() != null && report.signal() != 0) return Verdict.RUNTIME_ERROR;
        Integer exit = report.exitCode();
        if (exit == null) return Verdict.RUNTIME_ERROR;
        if (exit == 0) return null;
        if (exit == EXIT_OUT_OF_MEMORY || toolchain.outOfMemory(report.stderr())) return Verdict.MEMORY_LIMIT_EXCEEDED;
        if (exit == EXIT_HARNESS_ERROR) return Verdict.INTERNAL_ERROR;
        return Verdict.RUNTIME_ERROR;
    }

    /** A wall-clock TLE while the program mostly waited for a CPU says more about the machine than the program. */
    static boolean machineWasBusy(RunReport report) {
        // CPU time is the program's own whatever the load; only a wall-clock timeout can be the machine's doing
        return report.status() == RunReport.Status.WALL_TIMEOUT && report.delayMs() > report.wallMs() / 4;
    }

    /** A short explanation a candidate can act on; secret tests get no output excerpts. */
    static String message(Verdict verdict, RunReport report, boolean revealOutput, Toolchain toolchain) {
        return switch (verdict) {
            case TIME_LIMIT_EXCEEDED -> report.status() == RunReport.Status.WALL_TIMEOUT
                    ? "Exceeded the wall-clock limit while not using the CPU (sleeping or waiting for input?)"
                    : "Exceeded the CPU time limit";
            case MEMORY_LIMIT_EXCEEDED -> "Exceeded the memory limit";
            case OUTPUT_LIMIT_EXCEEDED -> "Wrote more output than allowed";
            case RUNTIME_ERROR -> runtimeError(report, revealOutput, toolchain);
            case INTERNAL_ERROR -> "The judge could not run this test";
            default -> null;
        };
    }

    private static String runtimeError(RunReport report, boolean revealOutput, Toolchain toolchain) {
        switch (report.status()) {
            case GUARD_FAILED -> {
                return "The program disrupted the judge process (" + report.stderr() + ")";
            }
            case PROTOCOL -> {
                return "The program wrote to the judge's own channel";
            }
            case LOST -> {
                return "The program stopped the process that runs the tests";
            }
            default -> {
            }
        }
        String stderr = report.stderr().strip();
        if (stderr.isEmpty()) {
            return report.signal() != null ? "Killed by signal " + report.signal() : "Exited with code " + report.exitCode();
        }
        if (revealOutput) return stderr;
        // secret tests: the exception type and the candidate's own stack lines, never messages that could echo data
        List<String> lines = stderr.lines().toList();
        StringBuilder out = new StringBuilder(typeOnly(lines));
        if (stderr.contains("recursion too deep")) out.append(" (recursion too deep)");
        toolchain.ownFrames(stderr).stream().limit(8).forEach(l -> out.append('\n').append(l));
        return out.toString().strip();
    }

    private static String typeOnly(List<String> lines) {
        for (String line : lines) {
            String s = line.strip();
            if (s.matches("^[\\w.$]+(Error|Exception)(:.*)?( \\(recursion too deep\\))?$")) {
                int colon = s.indexOf(':');
                int paren = s.indexOf(" (");
                int end = colon >= 0 ? colon : paren >= 0 ? paren : s.length();
                return s.substring(0, end);
            }
        }
        return "Runtime error";
    }
}
