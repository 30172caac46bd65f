package dev.arbiter.sources;

import dev.arbiter.calibration.LimitCheck;
import dev.arbiter.calibration.ShippedSolutions;
import dev.arbiter.lang.Language;
import dev.arbiter.measure.GeneratorCheck;
import dev.arbiter.problem.CatalogService;
import dev.arbiter.problem.PackageError;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.problem.SolutionKind;
import dev.arbiter.score.ReferenceGrowthCheck;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionDtos;
import dev.arbiter.submission.SubmissionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Validates a candidate version in the sandbox before it is published, as {@code validate} does: every shipped
 * solution is judged through the real judge and must get its folder's verdict; Arbiter packages' declared limits
 * are checked (LimitCheck), Kattis packages' limits are calibrated first (KattisLimits) and then checked the same way;
 * generators and the references' counted growth are checked as {@code validate} checks them.
 * Judge workers wake on each internal submission's SubmissionQueued event.
 */
@ApplicationScoped
public class PackageVerifier {

    /** The outcome: what failed (file, line, reason), and every judged solution. */
    public record Verification(List<PackageError> failures, List<ShippedSolutions.Judged> judged, String summary) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private record Solution(SolutionKind kind, Language language, String name, String source) {
    }

    private record Candidate(String slug, ProblemVersion.Format format, Map<Language, Integer> limits,
                             Double multiplier, Double margin, Double resolution, List<Solution> solutions,
                             String generatorSource, List<Integer> perfSizes) {
    }

    private final SubmissionService submissions;
    private final CatalogService catalog;
    private final GeneratorCheck generators;
    private final ReferenceGrowthCheck growthCheck;

    public PackageVerifier(SubmissionService submissions, CatalogService catalog, GeneratorCheck generators,
                           ReferenceGrowthCheck growthCheck) {
        this.submissions = submissions;
        this.catalog = catalog;
        this.generators = generators;
        this.growthCheck = growthCheck;
    }

    public Verification verify(long versionId, Duration timeout) {
        Candidate c = QuarkusTransaction.requiringNew().call(() -> load(versionId));
        Instant deadline = Instant.now().plus(timeout);
        List<PackageError> failures = new ArrayList<>();
        Map<Language, Integer> limits = c.limits();
        String summary;
        if (c.format() == ProblemVersion.Format.KATTIS) {
            // accepted submissions run with the declared limit, or with the provisional cap when it is calibrated
            List<ShippedSolutions.Judged> accepted = judge(versionId, c, only(c, SolutionKind.ACCEPTED),
                    s -> limits.get(s.language()), deadline);
            Map<Language, Integer> calibrated = c.resolution() == null ? limits
                    : KattisLimits.of(accepted.stream().filter(ShippedSolutions.Judged::gotExpectedVerdict).toList(),
                    c.multiplier(), c.resolution());
            List<ShippedSolutions.Judged> rest = judge(versionId, c, c.solutions().stream()
                    .filter(s -> s.kind() != SolutionKind.ACCEPTED).toList(), s -> s.kind() == SolutionKind.TIME_LIMIT_EXCEEDED
                    ? (int) Math.round(calibrated.get(s.language()) * c.margin()) : calibrated.get(s.language()), deadline);
            List<ShippedSolutions.Judged> all = new ArrayList<>(accepted);
            all.addAll(rest);
            verdicts(c, all, failures);
            summary = "time limits " + calibrated.get(Language.JAVA) + " ms (java), " + calibrated.get(Language.PYTHON)
                    + " ms (python): " + (c.resolution() == null ? "declared" : "slowest accepted x " + c.multiplier()
                    + ", rounded up to " + c.resolution() + " s") + "; known-slow submissions judged with x " + c.margin();
            if (c.resolution() != null && failures.isEmpty()) {
                catalog.calibrated(versionId, calibrated, summary);
            }
            return new Verification(failures, all, summary);
        }
        List<ShippedSolutions.Judged> judged = judge(versionId, c, c.solutions(), s -> (int) Math.round(limits.get(s.language())
                * switch (s.kind()) {
                    case ACCEPTED -> ShippedSolutions.ACCEPTED_HEADROOM;
                    case TIME_LIMIT_EXCEEDED -> ShippedSolutions.TLE_MARGIN;
                    default -> 1.0;
                }), deadline);
        verdicts(c, judged, failures);
        List<String> lines = new ArrayList<>();
        for (Language language : Language.values()) {
            List<ShippedSolutions.Judged> mine = judged.stream().filter(j -> j.language() == language).toList();
            if (mine.isEmpty()) continue;
            LimitCheck check = LimitCheck.of(limits.get(language), mine);
            lines.add(language.id() + ": " + check.summary());
            if (!check.ok()) failures.add(new PackageError("problem.yaml", 0, "time limit [" + language.id() + "]: " + check.summary()));
        }
        // as validate: a generator that is not deterministic, or whose scored seeds do not grow with SIZE, would
        // publish scores with growth classes too low for every submission
        GeneratorCheck.Outcome generator = generators.check(c.generatorSource(), c.perfSizes());
        if (!generator.ok()) failures.add(new PackageError("generator.py", 0, GeneratorCheck.describe(generator)));
        // and a reference that does not grow as declared on the scored inputs would misread them as well
        if (generator.ok()) {
            for (ReferenceGrowthCheck.Outcome growth : growthCheck.check(List.of(versionId)).get(versionId)) {
                if (!growth.ok()) failures.add(new PackageError("problem.yaml", 0, growth.describe()));
            }
        }
        return new Verification(failures, judged, String.join("; ", lines));
    }

    private static void verdicts(Candidate c, List<ShippedSolutions.Judged> judged, List<PackageError> failures) {
        for (ShippedSolutions.Judged j : judged) {
            if (j.gotExpectedVerdict()) continue;
            failures.add(new PackageError(c.format().solutionFile(j.kind(), j.name()), 0, "expected " + j.kind().expected()
                    + " but was " + j.verdict() + " (judged with " + j.limitMs() + " ms)"
                    + (j.message() == null ? "" : ": " + j.message())));
        }
    }

    private static List<Solution> only(Candidate c, SolutionKind kind) {
        return c.solutions().stream().filter(s -> s.kind() == kind).toList();
    }

    private List<ShippedSolutions.Judged> judge(long versionId, Candidate c, List<Solution> solutions,
                                                ToIntFunction<Solution> limit, Instant deadline) {
        List<UUID> ids = new ArrayList<>();
        for (Solution s : solutions) {
            ids.add(submissions.createInternal(versionId, s.language(), s.source(), limit.applyAsInt(s)).id);
        }
        List<ShippedSolutions.Judged> out = new ArrayList<>();
        for (int i = 0; i < solutions.size(); i++) {
            Solution s = solutions.get(i);
            SubmissionDtos.SubmissionView view = awaitDone(ids.get(i), deadline);
            SubmissionDtos.TestView slowest = view.tests().stream().filter(t -> t.cpuMs() != null)
                    .max(Comparator.comparingInt(SubmissionDtos.TestView::cpuMs)).orElse(null);
            int declared = c.limits().get(s.language());
            out.add(new ShippedSolutions.Judged(c.slug(), s.kind(), s.language(), s.name(), view.verdict(), view.message(),
                    slowest == null ? null : slowest.cpuMs(), slowest == null ? null : slowest.name(), declared,
                    limit.applyAsInt(s)));
        }
        return out;
    }

    private SubmissionDtos.SubmissionView awaitDone(UUID id, Instant deadline) {
        while (true) {
            SubmissionDtos.SubmissionView view = submissions.view(id);
            if (view.state() == Submission.State.DONE) return view;
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("judging " + id + " did not finish in time");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Candidate load(long versionId) {
        ProblemVersion v = ProblemVersion.findById(versionId);
        Problem p = Problem.findById(v.problemId);
        List<Solution> solutions = ProblemSolution.forVersion(versionId).stream()
                .map(s -> new Solution(s.kind, s.language, s.name, s.source)).toList();
        return new Candidate(p.slug, v.format, Map.copyOf(v.timeLimits),
                v.timeMultiplier, v.timeSafetyMargin, v.timeResolution, solutions, v.generatorSource, v.perfSizeList());
    }
}
