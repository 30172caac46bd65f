package dev.arbiter.problem;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A Kattis package's statement: problem_statement/ (or statement/) problem.en.md, problem.md, any problem.LANG.md;
 * a LaTeX statement is shown as its source under a warning, since no maintained Java library converts it.
 */
final class KattisStatement {

    static final String LATEX_WARNING = "> **Note:** this statement is written in LaTeX, which Arbiter shows as its source.";

    private KattisStatement() {
    }

    static String read(Path dir, String slug, List<PackageError> errors) {
        for (String folder : List.of("problem_statement", "statement")) {
            Path statements = dir.resolve(folder);
            if (!Files.isDirectory(statements, LinkOption.NOFOLLOW_LINKS)) continue;
            Path md = pick(statements, ".md");
            if (md != null) return PackageFiles.text(md, folder + "/" + md.getFileName(), errors);
            Path tex = pick(statements, ".tex");
            if (tex != null) {
                String latex = PackageFiles.text(tex, folder + "/" + tex.getFileName(), errors);
                return latex == null ? null : LATEX_WARNING + "\n\n```latex\n" + latex.replace("```", "` ` `") + "\n```\n";
            }
        }
        errors.add(new PackageError("problem_statement", 0, "needs a statement: problem_statement/problem.en.md "
                + "(or problem.en.tex) for " + slug));
        return null;
    }

    /** problem.en.EXT first, then problem.EXT, then any problem.LANG.EXT. */
    private static Path pick(Path statements, String ext) {
        for (String name : List.of("problem.en" + ext, "problem" + ext)) {
            Path p = statements.resolve(name);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
        return PackageFiles.list(statements).stream()
                .filter(p -> p.getFileName().toString().matches("problem\\.[a-z]{2,3}\\" + ext))
                .sorted().findFirst().orElse(null);
    }
}
