package dev.arbiter.judge;

import dev.arbiter.lang.Language;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.problem.TestCase;
import dev.arbiter.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a claimed submission with the problem version it was made on, and that version's tests, into a {@link JudgeJob}. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JudgeJobLoader {

    public JudgeJob load(UUID submissionId) {
        Submission s = Submission.byId(submissionId).orElseThrow();
        // a submission is judged on the version it was made on, even if a newer one was published since
        ProblemVersion v = ProblemVersion.ofSubmission(s.problemId, s.problemVersionId);
        Language language = s.language;
        boolean submit = s.kind == Submission.Kind.SUBMIT;
        List<JudgeJob.Test> tests = new ArrayList<>();
        String reference = !submit && s.customInput != null ? ProblemSolution.reference(v.id, language).orElse(null) : null;
        if (!submit && s.customInput != null) {
            tests.add(new JudgeJob.Test(0, "custom", false, true, s.customInput, null));
        } else {
            for (TestCase t : submit ? TestCase.forVersion(v.id) : TestCase.samplesOf(v.id)) {
                tests.add(new JudgeJob.Test(t.ordinal, t.name, t.sample, false, t.input, t.expected));
            }
            // samples, whose output the candidate sees, run before any secret test: whatever a program could carry
            // from one test to the next (files in its scratch directory) never flows from a secret test to the screen
            tests.sort(java.util.Comparator.comparing((JudgeJob.Test t) -> !t.sample()).thenComparing(JudgeJob.Test::ordinal));
        }
        int timeLimitMs = s.timeLimitMs != null ? s.timeLimitMs : v.timeLimitMs(language);
        return new JudgeJob(s.id, submit, s.internal, language, s.source, v.mode, v.specJson, v.checkerJson, v.checkerProgram,
                timeLimitMs, v.memoryMb, tests, reference);
    }
}
