package dev.arbiter.problem;

import dev.arbiter.problem.latex.LatexStatement;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A Kattis package's statement: problem_statement/ (or statement/) problem.en.md, problem.md, any problem.LANG.md,
 * else the same names in LaTeX, converted to Markdown; commands the conversion does not know are named in a note.
 */
final class KattisStatement {

    private KattisStatement() {
    }

    /** The statement as Markdown (null if there is none) and the images of the folder it is in. */
    record Statement(String markdown, List<ProblemPackage.ImageFile> images) {
    }

    static Statement read(Path dir, String slug, List<PackageError> errors, List<String> notes) {
        for (String folder : List.of("problem_statement", "statement")) {
            Path statements = dir.resolve(folder);
            if (!Files.isDirectory(statements, LinkOption.NOFOLLOW_LINKS)) continue;
            Path md = pick(statements, ".md");
            Path chosen = md != null ? md : pick(statements, ".tex");
            if (chosen == null) continue;
            // the images beside the statement, by file name, as its \illustration and \includegraphics name them
            List<ProblemPackage.ImageFile> images = StatementImages.read(statements, "", errors);
            String file = folder + "/" + chosen.getFileName();
            String text = PackageFiles.text(chosen, file, errors);
            if (text == null) return new Statement(null, images);
            boolean isMarkdown = chosen == md;
            String markdown = isMarkdown ? text : fromLatex(text, file, notes);
            errors.addAll(ImageReferences.missing(markdown, file, isMarkdown,
                    images.stream().map(ProblemPackage.ImageFile::name).toList()));
            return new Statement(markdown, images);
        }
        errors.add(new PackageError("problem_statement", 0, "needs a statement: problem_statement/problem.en.md "
                + "(or problem.en.tex) for " + slug));
        return new Statement(null, List.of());
    }

    private static String fromLatex(String latex, String file, List<String> notes) {
        LatexStatement.Converted converted = LatexStatement.toMarkdown(latex);
        if (converted.unknown().isEmpty()) return converted.markdown();
        notes.add(file + ": converted from LaTeX; shown as written, not converted: " + String.join(", ", converted.unknown()));
        return converted.markdown() + "\n\n---\n\n*Converted from LaTeX; shown as written: "
                + String.join(", ", converted.unknown().stream().map(command -> "`" + command + "`").toList()) + ".*";
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
