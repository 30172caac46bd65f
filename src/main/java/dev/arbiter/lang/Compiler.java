package dev.arbiter.lang;

import dev.arbiter.sandbox.RunReport;

/** Turns a compilation's report into what the candidate reads. */
public final class Compiler {

    private Compiler() {
    }

    /** Null when the program compiled; otherwise the diagnostics to show, with the candidate's file names. */
    public static String diagnostics(Toolchain toolchain, Workspace ws, RunReport report) {
        if (report.exitedCleanly()) return null;
        if (report.status() == RunReport.Status.CPU_TIMEOUT || report.status() == RunReport.Status.WALL_TIMEOUT) {
            return "Compilation took too long";
        }
        if (report.status() == RunReport.Status.GUARD_FAILED) {
            throw new dev.arbiter.sandbox.SandboxException("the sandbox failed while compiling: " + report.stderr());
        }
        String output = (report.stderr() + "\n" + report.stdout()).strip();
        return output.isEmpty() ? "Compilation failed (" + report.status() + ")" : toolchain.cleanDiagnostics(ws, output);
    }
}
