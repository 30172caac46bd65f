package dev.arbiter.lang;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.SandboxContainer;

import java.util.List;
import java.util.Optional;

/** Compiles (or syntax-checks) one uploaded program inside its sandbox. */
public final class Compiler {

    private Compiler() {
    }

    /** Null when the program compiled; otherwise the diagnostics to show, with the candidate's file names. */
    public static String compile(SandboxContainer box, Toolchain toolchain, String dir, String mode, String source, int cpuMs) {
        Optional<List<String>> command = toolchain.compileCommand(dir, mode, source);
        if (command.isEmpty()) return null;
        RunReport report = box.run(command.get(), RunLimits.forCpu(cpuMs, 1 << 20), null);
        if (report.exitedCleanly()) return null;
        if (report.status() == RunReport.Status.CPU_TIMEOUT || report.status() == RunReport.Status.WALL_TIMEOUT) {
            return "Compilation took too long";
        }
        String output = (report.stderr() + "\n" + report.stdout()).strip();
        return output.isEmpty() ? "Compilation failed (" + report.status() + ")" : toolchain.cleanDiagnostics(dir, output);
    }
}
