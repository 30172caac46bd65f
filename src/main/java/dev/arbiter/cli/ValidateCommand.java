package dev.arbiter.cli;

import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.problem.PackageError;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code arbiter validate [problems-dir]}: checks every package the way a team's CI should before a merge.
 * Schema and file errors, every shipped solution judged by the real sandbox with its expected verdict,
 * time limits calibrated against the references, generators deterministic. Exit code 0 only if all pass.
 */
public class ValidateCommand implements QuarkusApplication {

    @Inject
    CatalogLoader loader;

    @Inject
    SolutionVerifier verifier;

    @Inject
    GeneratorCheck generators;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        Path root = Path.of(args.length > 1 ? args[1] : "problems");
        out.println("Validating " + root.toAbsolutePath());
        CatalogLoader.Report report = loader.load(root);
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
        for (SolutionVerifier.Outcome o : verifier.verify(slugs)) {
            out.println((o.ok() ? "ok    " : "FAIL  ") + o);
            if (!o.ok()) failures.add(o.slug());
        }
        for (String slug : slugs) {
            GeneratorCheck.Result g = generators.check(root.resolve(slug));
            if (g != GeneratorCheck.Result.ABSENT) {
                out.println((g == GeneratorCheck.Result.DETERMINISTIC ? "ok    " : "FAIL  ") + slug + " generator.py " + g.name().toLowerCase());
                if (g != GeneratorCheck.Result.DETERMINISTIC) failures.add(slug);
            }
        }
        long bad = failures.stream().distinct().count();
        out.printf("%d problems, %d valid, %d with failures%n", slugs.size() + report.broken().size(),
                slugs.size() + report.broken().size() - bad, bad);
        return bad == 0 ? 0 : 1;
    }
}
