package dev.arbiter.lang;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;

/** A solution installed in a sandbox: compiled once, then run on one test's input at a time. */
public interface Program {

    /** The compilation's report: exited cleanly when the program is ready, else its diagnostics (stderr). */
    RunReport compiled();

    /** Runs one test; its input exists in the sandbox only while the test runs. */
    RunReport run(byte[] input, RunLimits limits);
}
