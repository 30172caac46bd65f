package dev.arbiter.judge;

import dev.arbiter.lang.Language;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.problem.TestCase;
import dev.arbiter.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a claimed submission with its problem and tests into a {@link JudgeJob}. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JudgeJobLoader {

    public JudgeJob load(UUID submissionId) {
        Submission s = Submission.byId(submissionId).orElseThrow();
        Problem p = Problem.findById(s.problemId);
        Language language = s.language;
        boolean submit = s.kind == Submission.Kind.SUBMIT;
        List<JudgeJob.Test> tests = new ArrayList<>();
        String reference = !submit && s.customInput != null ? ProblemSolution.reference(p, language).orElse(null) : null;
        if (!submit && s.customInput != null) {
            tests.add(new JudgeJob.Test(0, "custom", false, true, s.customInput, null));
        } else {
            for (TestCase t : submit ? TestCase.forProblem(p) : TestCase.samplesOf(p)) {
                tests.add(new JudgeJob.Test(t.ordinal, t.name, t.sample, false, t.input, t.expected));
            }
            // samples, whose output the candidate sees, run before any secret test: whatever a program could carry
            // from one test to the next (files in its scratch directory) never flows from a secret test to the screen
            tests.sort(java.util.Comparator.comparing((JudgeJob.Test t) -> !t.sample()).thenComparing(JudgeJob.Test::ordinal));
        }
        int timeLimitMs = s.timeLimitMs != null ? s.timeLimitMs : p.timeLimitMs(language);
        return new JudgeJob(s.id, submit, language, s.source, p.mode, p.specJson, p.checkerJson, p.checkerProgram,
                timeLimitMs, p.memoryMb, tests, reference);
    }
}
