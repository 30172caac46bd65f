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

    static String read(Path dir, String slug, List<PackageError> errors, List<String> notes, List<String> images) {
        for (String folder : List.of("problem_statement", "statement")) {
            Path statements = dir.resolve(folder);
            if (!Files.isDirectory(statements, LinkOption.NOFOLLOW_LINKS)) continue;
            Path md = pick(statements, ".md");
            if (md != null) {
                String file = folder + "/" + md.getFileName();
                String markdown = PackageFiles.text(md, file, errors);
                if (markdown != null) errors.addAll(ImageReferences.missing(markdown, file, true, images));
                return markdown;
            }
            Path tex = pick(statements, ".tex");
            if (tex != null) {
                String file = folder + "/" + tex.getFileName();
                String latex = PackageFiles.text(tex, file, errors);
                if (latex == null) return null;
                String markdown = fromLatex(latex, file, notes);
                errors.addAll(ImageReferences.missing(markdown, file, false, images));
                return markdown;
            }
        }
        errors.add(new PackageError("problem_statement", 0, "needs a statement: problem_statement/problem.en.md "
                + "(or problem.en.tex) for " + slug));
        return null;
    }

    /** The images beside the statement, by file name, as its \illustration and \includegraphics name them. */
    static List<ProblemPackage.ImageFile> images(Path dir, List<PackageError> errors) {
        for (String folder : List.of("problem_statement", "statement")) {
            Path statements = dir.resolve(folder);
            if (Files.isDirectory(statements, LinkOption.NOFOLLOW_LINKS)) {
                return StatementImages.read(statements, "", errors);
            }
        }
        return List.of();
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
