package dev.arbiter.judge;

import dev.arbiter.checker.Checker;
import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunReport.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdict rules and per-mode grading against fake run reports: no sandbox, milliseconds. */
class GraderTest {

    private static final Toolchain PYTHON = Toolchain.of(Language.PYTHON);
    private static final Toolchain JAVA = Toolchain.of(Language.JAVA);
    private static final JudgeJob.Test SAMPLE = new JudgeJob.Test(0, "sample/01", true, false, "[2,7]\n9", "[0,1]");
    private static final JudgeJob.Test SECRET = new JudgeJob.Test(5, "secret/05", false, false, "[1,2]\n3", "[0,1]");

    private static RunReport run(Status status, Integer exit, String stdout, String stderr, String result) {
        return new RunReport(status, exit, null, 12, 20, 0, 9000, false, stdout, stderr, result);
    }

    private static RunReport ok(String result) {
        return run(Status.OK, 0, "", "", result);
    }

    private static TestOutcome grade(Toolchain toolchain, JudgeJob.Test test, RunReport report) {
        Grader grader = Grader.of(Mode.SIGNATURE, Checker.of("{\"type\":\"exact\"}", Mode.SIGNATURE), null, toolchain);
        return grader.grade(test, report, test.expected(), null, 1000);
    }

    @Test
    void theAnswerOnTheResultChannelIsCheckedAgainstTheExpectedOne() {
        assertThat(grade(PYTHON, SAMPLE, ok("[0,1]")).verdict()).isEqualTo(Verdict.ACCEPTED);
        TestOutcome wrong = grade(PYTHON, SAMPLE, ok("[1,0]"));
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(wrong.expected()).isEqualTo("[0,1]");
        assertThat(wrong.actual()).isEqualTo("[1,0]");
    }

    @Test
    void aSecretTestRevealsNoData() {
        TestOutcome wrong = grade(PYTHON, SECRET, run(Status.OK, 0, "debug", "", "[1,0]"));
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(wrong.input()).isNull();
        assertThat(wrong.expected()).isNull();
        assertThat(wrong.actual()).isNull();
        assertThat(wrong.stdout()).isNull();
    }

    @Test
    void theResultChannelHoldsExactlyOneValue() {
        TestOutcome twice = grade(PYTHON, SAMPLE, ok("[0,1] [9,9]"));
        assertThat(twice.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(twice.message()).contains("result channel");
        TestOutcome none = grade(PYTHON, SAMPLE, ok(""));
        assertThat(none.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(none.message()).contains("without returning a result");
    }

    @Test
    void limitsDecideBeforeTheAnswer() {
        assertThat(grade(PYTHON, SAMPLE, run(Status.CPU_TIMEOUT, null, "", "", "[0,1]")).message()).contains("CPU time");
        TestOutcome sleeping = grade(PYTHON, SAMPLE, run(Status.WALL_TIMEOUT, null, "", "", ""));
        assertThat(sleeping.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(sleeping.message()).contains("wall-clock");
        assertThat(grade(PYTHON, SAMPLE, run(Status.OOM, null, "", "", "")).verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(grade(PYTHON, SAMPLE, run(Status.OUTPUT_EXCEEDED, null, "", "", "")).verdict())
                .isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
        // over the CPU limit even though the program ended by itself
        RunReport slow = new RunReport(Status.OK, 0, null, 1500, 1600, 0, 9000, false, "", "", "[0,1]");
        assertThat(grade(PYTHON, SAMPLE, slow).verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
    }

    @Test
    void exitCodesAndTheRuntimesOwnWordsForMemory() {
        assertThat(grade(PYTHON, SAMPLE, run(Status.OK, 3, "", "MemoryError\n", "")).verdict())
                .isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(grade(JAVA, SAMPLE, run(Status.OK, 1, "", "java.lang.OutOfMemoryError: Java heap space", "")).verdict())
                .isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        // the process limit is not the memory limit
        TestOutcome threads = grade(JAVA, SAMPLE, run(Status.OK, 1, "",
                "java.lang.IllegalStateException: too many threads (the sandbox allows 64 processes and threads in all): "
                        + "unable to create native thread", ""));
        assertThat(threads.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(grade(PYTHON, SAMPLE, run(Status.OK, 4, "", "harness: bad input", "")).verdict())
                .isEqualTo(Verdict.INTERNAL_ERROR);
    }

    @Test
    void theJudgesOwnFailuresAndTheProgramsInterferenceAreRuntimeErrors() {
        TestOutcome forged = grade(JAVA, SAMPLE, run(Status.PROTOCOL, null, "", "", ""));
        assertThat(forged.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(forged.message()).contains("judge's own channel");
        assertThat(grade(PYTHON, SAMPLE, run(Status.LOST, null, "", "", "")).message()).contains("stopped the process");
    }

    @Test
    void aSecretTestsRuntimeErrorShowsTheTypeAndTheCandidatesOwnLinesOnly() {
        String python = """
                Traceback (most recent call last):
                  File "solution.py", line 4, in twoSum
                    return self.f(nums[99])
                IndexError: list index out of range: [1, 2] was the input
                """;
        TestOutcome p = grade(PYTHON, SECRET, run(Status.OK, 1, "", python, ""));
        assertThat(p.message()).isEqualTo("IndexError\nFile \"solution.py\", line 4, in twoSum");
        String java = """
                java.lang.StackOverflowError (recursion too deep)
                \tat Solution.dfs(Solution.java:7)
                \tat Solution.dfs(Solution.java:7)
                """;
        TestOutcome j = grade(JAVA, SECRET, run(Status.OK, 1, "", java, ""));
        assertThat(j.message()).startsWith("java.lang.StackOverflowError (recursion too deep)\nat Solution.dfs(Solution.java:7)");
    }

    @Test
    void stdioProblemsAreGradedOnStdoutTokenByToken() {
        Grader grader = Grader.of(Mode.STDIO, Checker.of("{\"type\":\"exact\"}", Mode.STDIO), null, PYTHON);
        JudgeJob.Test test = new JudgeJob.Test(0, "sample/01", true, false, "1 2\n", "3\n");
        assertThat(grader.grade(test, run(Status.OK, 0, "3   \n\n", "", ""), "3\n", null, 1000).verdict())
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(grader.grade(test, run(Status.OK, 0, "4\n", "", ""), "3\n", null, 1000).verdict())
                .isEqualTo(Verdict.WRONG_ANSWER);
    }

    @Test
    void aWallClockTimeoutSpentWaitingForACpuIsTheMachinesDoing() {
        RunReport busy = new RunReport(Status.WALL_TIMEOUT, null, 9, 700, 9000, 5000, 9000, false, "", "", "");
        RunReport sleeping = new RunReport(Status.WALL_TIMEOUT, null, 9, 3, 5000, 10, 9000, false, "", "", "");
        assertThat(VerdictRules.machineWasBusy(busy)).isTrue();
        assertThat(VerdictRules.machineWasBusy(sleeping)).isFalse();
        assertThat(VerdictRules.machineWasBusy(ok("[0,1]"))).isFalse();
        // CPU time is the program's own, however busy the machine was
        assertThat(VerdictRules.machineWasBusy(new RunReport(Status.CPU_TIMEOUT, null, 9, 2100, 9000, 5000, 9000, false,
                "", "", ""))).isFalse();
    }
}
