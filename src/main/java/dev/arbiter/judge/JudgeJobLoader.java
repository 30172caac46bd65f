package dev.arbiter.judge;

import dev.arbiter.lang.Language;
import dev.arbiter.problem.Problem;
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
        Problem p = Problem.findById(s.problemId);
        // a submission is judged on the version it was made on, even if a newer one was published since
        ProblemVersion v = ProblemVersion.findById(s.problemVersionId != null ? s.problemVersionId : p.currentVersionId);
        Language language = Language.fromId(s.language).orElseThrow();
        boolean submit = Submission.Kind.SUBMIT.name().equals(s.kind);
        List<JudgeJob.Test> tests = new ArrayList<>();
        String reference = null;
        boolean scored = submit && !s.internal && v.perfSizes != null;
        if ((!submit && s.customInput != null) || scored) {
            reference = ProblemSolution.forVersion(v.id).stream()
                    .filter(sol -> sol.kind.equals("accepted") && sol.language.equals(language.id()))
                    .map(sol -> sol.source).findFirst().orElse(null);
        }
        if (!submit && s.customInput != null) {
            tests.add(new JudgeJob.Test(0, "custom", false, true, s.customInput, null));
        } else {
            for (TestCase t : submit ? TestCase.forVersion(v.id) : TestCase.samplesOf(v.id)) {
                tests.add(new JudgeJob.Test(t.ordinal, t.name, t.sample, false, t.input, t.expected));
            }
        }
        int timeLimitMs = s.timeLimitMs != null ? s.timeLimitMs : v.timeLimitMs(language);
        return new JudgeJob(s.id, submit, language, s.source, v.mode, v.specJson, v.checkerJson, v.checkerProgram,
                timeLimitMs, v.memoryMb, tests, reference,
                scored ? Problem.parseSizes(v.perfSizes) : null, v.version, v.generatorSource, v.perfComplexity);
    }
}
