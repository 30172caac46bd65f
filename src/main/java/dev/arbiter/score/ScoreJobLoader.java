package dev.arbiter.score;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads what scoring a submission needs: its code, and the reference in its language, sizes and checker of the problem
 * version it was judged on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScoreJobLoader {

    /** The job and the problem's checker, or empty when the problem cannot be scored in this language. */
    public record Loaded(PerfScorer.Job job, String checkerJson, Mode mode, String checkerProgram) {
    }

    public Optional<Loaded> load(UUID submissionId) {
        Submission s = Submission.byId(submissionId).orElseThrow();
        ProblemVersion p = ProblemVersion.ofSubmission(s.problemId, s.problemVersionId);
        Optional<String> reference = ProblemSolution.reference(p.id, s.language);
        if (p.perfSizes == null || p.generatorSource == null || reference.isEmpty()) return Optional.empty();
        return Optional.of(new Loaded(job(p, s.language, s.source, reference.get()), p.checkerJson, p.mode, p.checkerProgram));
    }

    /** A problem version's reference in the language as a job of its own (the reference in the submission's place too). */
    public Optional<PerfScorer.Job> reference(long versionId, Language language) {
        ProblemVersion p = ProblemVersion.findById(versionId);
        Optional<String> reference = ProblemSolution.reference(p.id, language);
        if (p.perfSizes == null || p.generatorSource == null || reference.isEmpty()) return Optional.empty();
        return Optional.of(job(p, language, reference.get(), reference.get()));
    }

    private static PerfScorer.Job job(ProblemVersion p, Language language, String source, String reference) {
        return new PerfScorer.Job(language, source, reference, p.specJson, p.memoryMb,
                p.perfSizeList().stream().map(Integer::longValue).toList(), p.version, p.generatorSource, p.perfComplexity);
    }
}
