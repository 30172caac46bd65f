package dev.arbiter.judge;

import dev.arbiter.checker.Checker;
import dev.arbiter.checker.ProgramChecker;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.sandbox.RunReport;

/** Stdio problems: the answer is everything the program wrote to stdout. */
final class StdioGrader extends Grader {

    StdioGrader(Checker checker, ProgramChecker custom, Toolchain toolchain) {
        super(checker, custom, toolchain);
    }

    @Override
    Answer answer(RunReport report) {
        return Answer.of(report.stdout());
    }

    @Override
    String shown(RunReport report) {
        return report.stdout();
    }
}
