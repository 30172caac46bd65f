package dev.arbiter.cli;

import dev.arbiter.lang.Language;
import dev.arbiter.calibration.LimitCheck;
import dev.arbiter.calibration.ShippedSolutions;
import dev.arbiter.measure.GeneratorCheck;
import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.problem.PackageError;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.score.ReferenceGrowthCheck;
import dev.arbiter.sources.PackageVerifier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code arbiter validate [problems-dir]}: checks every package the way a team's CI should before a merge.
 * Schema and file errors with file and line; every shipped solution judged by the real sandbox with the verdict
 * its folder promises (the loader requires accepted ones in both languages); time limits calibrated (at least twice the slowest
 * accepted run, known-slow solutions over 1.5 times the limit); generators deterministic; each reference's counted
 * growth as the problem declares it (ReferenceGrowthCheck). Exit 0 only if all pass, and a folder without packages fails.
 */
public class ValidateCommand implements QuarkusApplication {

    @Inject
    CatalogLoader loader;

    @Inject
    ShippedSolutions shipped;

    @Inject
    GeneratorCheck generators;

    @Inject
    PackageVerifier verifier;

    @Inject
    ReferenceGrowthCheck growthCheck;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        Path root = Path.of(args.length > 1 ? args[1] : "problems");
        out.println("Validating " + root.toAbsolutePath());
        CatalogLoader.Report report = loader.load(root);
        if (report.packages() == 0) {
            // a CI gate pointed at the wrong folder must not pass on nothing
            out.println("FAIL  " + root.toAbsolutePath() + (Files.isDirectory(root)
                    ? ": no package folders in it (each problem is a folder of its own, with its problem.yaml)" : ": no such folder"));
            return 1;
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<PackageError>> broken : report.broken().entrySet()) {
            for (PackageError e : broken.getValue()) {
                out.println("FAIL  " + root.resolve(broken.getKey()) + "/" + e);
                failures.add(broken.getKey());
            }
        }
        List<String> slugs = new ArrayList<>(report.loaded());
        slugs.addAll(report.unchanged());
        slugs.sort(String::compareTo);
        List<ShippedSolutions.Judged> judged = shipped.judge(slugs, null, Duration.ofHours(2));
        for (ShippedSolutions.Judged j : judged) {
            boolean ok = j.gotExpectedVerdict();
            out.println((ok ? "ok    " : "FAIL  ") + line(j));
            if (!ok) failures.add(j.slug());
        }
        // the generator and perf sizes as the loader stored them from the package
        List<Problem> problems = slugs.stream()
                .map(slug -> QuarkusTransaction.requiringNew().call(() -> Problem.findBySlug(slug).orElseThrow())).toList();
        List<GeneratorCheck.Outcome> generated = generators.checkAll(problems.stream()
                .map(p -> new GeneratorCheck.Generator(p.generatorSource, p.perfSizeList())).toList());
        Map<Long, String> versions = new LinkedHashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            for (Language language : Language.values()) {
                // the loader made sure there is an accepted solution in each language
                List<ShippedSolutions.Judged> mine = judged.stream()
                        .filter(j -> j.slug().equals(slug) && j.language() == language).toList();
                LimitCheck check = LimitCheck.of(mine.get(0).declaredLimitMs(), mine);
                out.println((check.ok() ? "ok    " : "FAIL  ") + slug + " time limit [" + language.id() + "]: " + check.summary());
                if (!check.ok()) failures.add(slug);
            }
            GeneratorCheck.Outcome g = generated.get(i);
            if (g.result() != GeneratorCheck.Result.ABSENT) {
                out.println((g.ok() ? "ok    " : "FAIL  ") + slug + " " + GeneratorCheck.describe(g));
                if (!g.ok()) failures.add(slug);
            }
            // as a Git sync: the growth of a reference on inputs from a failing generator would say nothing
            if (g.ok()) versions.put(problems.get(i).currentVersionId, slug);
        }
        // each reference counted on the inputs scores count it on: does it grow as its problem declares?
        growthCheck.check(new ArrayList<>(versions.keySet())).forEach((versionId, outcomes) -> {
            String slug = versions.get(versionId);
            for (ReferenceGrowthCheck.Outcome growth : outcomes) {
                out.println((growth.ok() ? "ok    " : "FAIL  ") + slug + " " + growth.describe());
                if (!growth.ok()) failures.add(slug);
            }
        });
        // Kattis packages: every submission's verdict, with the time limit calibrated from the accepted ones
        for (Map.Entry<String, Long> kattis : report.staged().entrySet()) {
            String slug = kattis.getKey();
            // what the reader noted (submissions it does not judge, LaTeX it kept as written), before calibration adds to it
            String notes = QuarkusTransaction.requiringNew().call(() ->
                    ProblemVersion.<ProblemVersion>findByIdOptional(kattis.getValue()).map(version -> version.message).orElse(null));
            if (notes != null) notes.lines().forEach(note -> out.println("note  " + slug + " " + note));
            PackageVerifier.Verification v = verifier.verify(kattis.getValue(), Duration.ofHours(2));
            for (ShippedSolutions.Judged j : v.judged()) {
                out.println((j.gotExpectedVerdict() ? "ok    " : "FAIL  ") + line(j));
            }
            v.failures().stream().filter(e -> !e.file().startsWith("submissions/"))
                    .forEach(e -> out.println("FAIL  " + root.resolve(slug) + "/" + e));
            out.println((v.ok() ? "ok    " : "FAIL  ") + slug + " " + v.summary());
            if (!v.ok()) failures.add(slug);
        }
        long bad = failures.stream().distinct().count();
        int total = report.packages();
        out.printf("%d problems, %d valid, %d with failures%n", total, total - bad, bad);
        return bad == 0 ? 0 : 1;
    }

    private static String line(ShippedSolutions.Judged j) {
        String expected = j.kind().expected().name();
        String timing = j.slowestMs() == null ? "" : " (slowest test " + j.slowestMs() + " ms: " + j.slowestTest()
                + ", judged with " + j.limitMs() + " ms)";
        String why = j.gotExpectedVerdict() ? "" : " expected " + expected + (j.message() == null ? "" : ": " + j.message());
        return j.slug() + " " + j.kind().folder() + "/" + j.name() + " [" + j.language().id() + "]: " + j.verdict() + timing + why;
    }
}
