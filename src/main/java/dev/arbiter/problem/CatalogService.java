package dev.arbiter.problem;

import dev.arbiter.problem.ProblemPackage.SolutionFile;
import dev.arbiter.problem.ProblemPackage.TestFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.TreeSet;

/** Stores checked problem packages, replacing a problem's content when its version changes. */
@ApplicationScoped
@Transactional
public class CatalogService {

    /** Inserts or updates the problem; returns false when this exact version is already stored. */
    public boolean upsert(ProblemPackage pkg) {
        Problem problem = Problem.findBySlug(pkg.slug()).orElse(null);
        if (problem != null && problem.version.equals(pkg.version())) {
            return false;
        }
        if (problem == null) {
            problem = new Problem();
            problem.slug = pkg.slug();
        } else {
            TestCase.deleteForProblem(problem);
            ProblemSolution.deleteForProblem(problem);
        }
        problem.version = pkg.version();
        problem.title = pkg.yaml().title();
        problem.difficulty = pkg.yaml().difficulty();
        problem.mode = pkg.mode();
        problem.statementMarkdown = pkg.statementMarkdown();
        problem.specJson = pkg.specJson();
        problem.checkerJson = pkg.checkerJson();
        problem.checkerProgram = pkg.checkerProgram();
        problem.generatorSource = pkg.generatorSource();
        problem.perfSizes = pkg.yaml().perf() == null ? null
                : String.join(",", pkg.yaml().perf().sizes().stream().map(String::valueOf).toList());
        problem.perfComplexity = pkg.yaml().perf() == null ? null : pkg.yaml().perf().complexity();
        problem.timeLimits.clear();
        for (dev.arbiter.lang.Language language : dev.arbiter.lang.Language.values()) {
            problem.timeLimits.put(language, pkg.timeLimitMs(language));
        }
        problem.memoryMb = pkg.yaml().limits().memoryMb();
        problem.loadedAt = Instant.now();
        problem.tags = new TreeSet<>(pkg.yaml().tags() == null ? java.util.List.of()
                : pkg.yaml().tags().stream().map(String::toLowerCase).toList());
        problem.persist();
        int ordinal = 0;
        for (TestFile file : pkg.tests()) {
            TestCase test = new TestCase();
            test.problem = problem;
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
            solution.kind = file.kind();
            solution.language = file.language();
            solution.name = file.name();
            solution.source = file.source();
            solution.persist();
        }
        return true;
    }
}
