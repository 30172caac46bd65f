package dev.arbiter.judge;

import dev.arbiter.checker.Checker;
import dev.arbiter.checker.ProgramChecker;
import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.sandbox.RunReport;

/**
 * Grades one test's run for a problem mode: the verdict the run decides (limits, crashes), else the program's answer
 * checked against the expected one. Subclasses say where a mode's answer is.
 */
abstract class Grader {

    private static final int KEEP_CHARS = 64 * 1024;

    /** The program's answer, or why there is none (a runtime error). */
    record Answer(String text, String problem) {
        static Answer of(String text) {
            return new Answer(text, null);
        }

        static Answer missing(String why) {
            return new Answer(null, why);
        }
    }

    private final Checker checker;
    private final ProgramChecker custom;
    private final Toolchain toolchain;

    Grader(Checker checker, ProgramChecker custom, Toolchain toolchain) {
        this.checker = checker;
        this.custom = custom;
        this.toolchain = toolchain;
    }

    static Grader of(Mode mode, Checker checker, ProgramChecker custom, Toolchain toolchain) {
        return mode == Mode.STDIO ? new StdioGrader(checker, custom, toolchain) : new ResultGrader(checker, custom, toolchain);
    }

    abstract Answer answer(RunReport report);

    /** expected: the test's answer, or the reference's for custom input (null: nothing to compare with). */
    TestOutcome grade(JudgeJob.Test test, RunReport report, String expected, String referenceProblem, int timeLimitMs) {
        Verdict verdict = VerdictRules.fromRun(report, timeLimitMs, toolchain);
        String message = referenceProblem;
        Answer answer = verdict == null ? answer(report) : Answer.missing(null);
        if (verdict != null) {
            message = VerdictRules.message(verdict, report, test.revealsData(), toolchain);
        } else if (answer.problem() != null) {
            verdict = Verdict.RUNTIME_ERROR;
            message = answer.problem();
        } else if (expected == null) {
            verdict = Verdict.ACCEPTED;
            if (message == null) message = "Ran; there is no expected answer to compare with";
        } else if (custom != null) {
            ProgramChecker.Decision decision = custom.check(test.input(), expected, answer.text());
            verdict = decision.verdict();
            if (test.revealsData() || verdict == Verdict.INTERNAL_ERROR) message = decision.message();
        } else {
            verdict = checker.accepts(expected, answer.text()) ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
        }
        boolean reveal = test.revealsData();
        String actual = answer.text() != null ? answer.text() : shown(report);
        return new TestOutcome(test.ordinal(), test.name(), test.sample(), verdict, report.cpuMs(), report.wallMs(),
                report.memoryKb(),
                reveal ? clip(test.input()) : null,
                reveal ? clip(expected) : null,
                reveal ? clip(actual) : null,
                reveal ? clip(report.stdout()) : null,
                reveal ? clip(report.stderr()) : null,
                message);
    }

    /** What a failed run produced, for the candidate's eyes on a sample (the answer channel's raw text). */
    abstract String shown(RunReport report);

    static String clip(String s) {
        if (s == null || s.length() <= KEEP_CHARS) return s;
        return s.substring(0, KEEP_CHARS) + "\n... (" + (s.length() - KEEP_CHARS) + " more characters)";
    }
}
