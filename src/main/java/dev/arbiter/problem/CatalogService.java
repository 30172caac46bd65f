package dev.arbiter.problem;

import dev.arbiter.lang.Language;
import dev.arbiter.problem.ProblemPackage.SolutionFile;
import dev.arbiter.problem.ProblemPackage.TestFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import dev.arbiter.db.CatalogLock;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Stores checked problem packages as immutable versions and publishes them. A version is staged first (a CANDIDATE
 * with its tests and solutions, judgeable but not served), then published: the problem serves it from then on.
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    /**
     * A staged version, or why the package was refused (its slug belongs to another source). validated: this exact
     * content was published before, so it passed validation already (a revert, a force-push back).
     */
    public record Staged(Long problemId, Long versionId, boolean current, boolean validated, String clash) {
    }

    private final Event<VersionPublished> published;

    public CatalogService(Event<VersionPublished> published) {
        this.published = published;
    }

    /** Stages and publishes at once (the local folder); returns false when this exact version is already served. */
    public boolean upsert(ProblemPackage pkg) {
        Staged staged = stage(pkg, Provenance.local());
        if (staged.clash() != null) throw new IllegalStateException(staged.clash());
        return !staged.current() && publish(staged.versionId());
    }

    /** Stores the package as a candidate version (or finds the version with the same content). */
    public Staged stage(ProblemPackage pkg, Provenance from) {
        CatalogLock.hold(Problem.getEntityManager());
        Problem problem = Problem.findBySlug(pkg.slug()).orElse(null);
        if (problem != null && !problem.source.equals(from.source()) && !problem.hidden) {
            return new Staged(problem.id, null, false, false, "the slug '" + pkg.slug() + "' belongs to the source '"
                    + problem.source + "'; slugs are unique across sources");
        }
        if (problem == null) {
            problem = new Problem();
            problem.slug = pkg.slug();
            problem.hidden = true;
            problem.source = from.source();
            copy(pkg, problem);
            problem.persist();
        }
        problem.source = from.source();
        ProblemVersion existing = ProblemVersion.of(problem.id, pkg.version()).orElse(null);
        if (existing != null) {
            if (existing.state == ProblemVersion.State.REFUSED) existing.state = ProblemVersion.State.CANDIDATE;
            return new Staged(problem.id, existing.id, existing.id.equals(problem.currentVersionId) && !problem.hidden,
                    existing.publishedAt != null, null);
        }
        ProblemVersion v = new ProblemVersion();
        v.problemId = problem.id;
        v.version = pkg.version();
        v.source = from.source();
        v.commitSha = from.commitSha();
        v.author = from.author();
        v.committedAt = from.committedAt();
        v.format = pkg.format();
        v.state = ProblemVersion.State.CANDIDATE;
        v.title = pkg.yaml().title();
        v.difficulty = pkg.yaml().difficulty();
        v.mode = pkg.mode();
        v.statementMarkdown = pkg.statementMarkdown();
        v.specJson = pkg.specJson();
        v.checkerJson = pkg.checkerJson();
        v.checkerProgram = pkg.checkerProgram();
        v.generatorSource = pkg.generatorSource();
        v.perfSizes = pkg.yaml().perf() == null ? null
                : String.join(",", pkg.yaml().perf().sizes().stream().map(String::valueOf).toList());
        v.perfComplexity = pkg.yaml().perf() == null ? null : pkg.yaml().perf().complexity();
        for (Language language : Language.values()) v.timeLimits.put(language, pkg.timeLimitMs(language));
        v.memoryMb = pkg.yaml().limits().memoryMb();
        v.tags = String.join(",", tags(pkg));
        v.timeMultiplier = pkg.calibrated() == null ? null : pkg.calibrated().multiplier();
        v.timeSafetyMargin = pkg.calibrated() == null ? null : pkg.calibrated().safetyMargin();
        // no resolution: the package declares its limit, which is checked rather than calibrated
        v.timeResolution = pkg.calibrated() == null || pkg.calibrated().declaredMs() != null ? null
                : pkg.calibrated().resolutionSeconds();
        v.message = pkg.notes().isEmpty() ? null : String.join("\n", pkg.notes());
        v.createdAt = Instant.now();
        v.persist();
        for (ProblemPackage.ImageFile file : pkg.images()) {
            StatementImage image = new StatementImage();
            image.versionId = v.id;
            image.name = file.name();
            image.contentType = file.contentType();
            image.bytes = file.bytes();
            image.persist();
        }
        int ordinal = 0;
        for (TestFile file : pkg.tests()) {
            TestCase test = new TestCase();
            test.problem = problem;
            test.versionId = v.id;
            test.ordinal = ordinal++;
            test.name = (file.sample() ? "sample/" : "secret/") + file.name();
            test.sample = file.sample();
            test.input = file.input();
            test.expected = file.expected();
            test.persist();
        }
        for (SolutionFile file : pkg.solutions()) {
            ProblemSolution solution = new ProblemSolution();
            solution.problem = problem;
            solution.versionId = v.id;
            solution.kind = file.kind();
            solution.language = file.language();
            solution.name = file.name();
            solution.source = file.source();
            solution.persist();
        }
        return new Staged(problem.id, v.id, false, false, null);
    }

    /** Sets a candidate's calibrated time limits (Kattis packages), with how they were found. */
    public void calibrated(long versionId, java.util.Map<Language, Integer> limits, String how) {
        ProblemVersion v = ProblemVersion.findById(versionId);
        v.timeLimits.putAll(limits);
        v.message = v.message == null ? how : v.message + "\n" + how;
    }

    /** Marks a candidate as refused: the problem keeps serving its last good version. */
    public void refuse(long versionId, String why) {
        ProblemVersion v = ProblemVersion.findById(versionId);
        if (v.state == ProblemVersion.State.CANDIDATE) v.state = ProblemVersion.State.REFUSED;
        v.message = why;
    }

    /** Serves the version from now on; false when it already was. Fires {@link VersionPublished} after commit. */
    public boolean publish(long versionId) {
        ProblemVersion v = ProblemVersion.findById(versionId);
        Problem problem = Problem.findById(v.problemId);
        // a row lock: two nodes publishing at once serialize here, and the second sees the first's result
        Problem.getEntityManager().lock(problem, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        v.state = ProblemVersion.State.PUBLISHED;
        if (v.publishedAt == null) v.publishedAt = Instant.now();
        Long previous = problem.currentVersionId;
        if (v.id.equals(previous) && !problem.hidden) return false;
        problem.currentVersionId = v.id;
        problem.hidden = false;
        problem.source = v.source;
        problem.serve(v);
        if (!v.id.equals(previous)) published.fire(new VersionPublished(problem.id, problem.slug, previous, v.id));
        return true;
    }

    /** Hides a problem its source deleted; its versions and submissions stay. False when another source owns it. */
    public boolean hide(String slug, String source) {
        Problem problem = Problem.findBySlug(slug).orElse(null);
        if (problem == null || !problem.source.equals(source) || problem.hidden) return false;
        problem.hidden = true;
        return true;
    }

    /** The slugs a source owns and serves now. */
    public List<String> servedBy(String source) {
        return Problem.<Problem>list("source = ?1 and hidden = false", source).stream().map(p -> p.slug).toList();
    }

    private static void copy(ProblemPackage pkg, Problem problem) {
        problem.version = pkg.version();
        problem.title = pkg.yaml().title();
        problem.difficulty = pkg.yaml().difficulty();
        problem.mode = pkg.mode();
        problem.statementMarkdown = pkg.statementMarkdown();
        problem.specJson = pkg.specJson();
        problem.checkerJson = pkg.checkerJson();
        for (Language language : Language.values()) problem.timeLimits.put(language, pkg.timeLimitMs(language));
        problem.memoryMb = pkg.yaml().limits().memoryMb();
        problem.loadedAt = Instant.now();
    }

    private static List<String> tags(ProblemPackage pkg) {
        return pkg.yaml().tags() == null ? List.of()
                : pkg.yaml().tags().stream().map(String::toLowerCase).distinct().sorted().toList();
    }
}
