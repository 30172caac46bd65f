package dev.arbiter.problem.latex;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A problem statement's LaTeX (a Kattis package's problem.en.tex) as Markdown: sections, emphasis, lists, code,
 * tables and links as Markdown, math as Unicode text. What it does not know is kept as written and named.
 */
public final class LatexStatement {

    /** The Markdown, and the commands and environments that were kept as written. */
    public record Converted(String markdown, Set<String> unknown) {
    }

    private LatexStatement() {
    }

    public static Converted toMarkdown(String latex) {
        Set<String> unknown = new TreeSet<>();
        MarkdownOut out = MarkdownOut.document();
        new LatexText(unknown).convert(LatexSource.withoutComments(body(latex)), out);
        return new Converted(out.result(), Collections.unmodifiableSet(unknown));
    }

    /** Between \begin{document} and \end{document} when the file has them; Kattis statements usually do not. */
    private static String body(String latex) {
        int begin = latex.indexOf("\\begin{document}");
        if (begin < 0) return latex;
        int end = latex.indexOf("\\end{document}", begin);
        return latex.substring(begin + "\\begin{document}".length(), end < 0 ? latex.length() : end);
    }
}
