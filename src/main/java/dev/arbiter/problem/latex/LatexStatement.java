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
        new LatexText(unknown).convert(withoutComments(body(latex)), out);
        return new Converted(out.result(), Collections.unmodifiableSet(unknown));
    }

    /** Between \begin{document} and \end{document} when the file has them; Kattis statements usually do not. */
    private static String body(String latex) {
        int begin = latex.indexOf("\\begin{document}");
        if (begin < 0) return latex;
        int end = latex.indexOf("\\end{document}", begin);
        return latex.substring(begin + "\\begin{document}".length(), end < 0 ? latex.length() : end);
    }

    /**
     * The source without its comments: from an unescaped % to the end of the line and the next line's leading
     * spaces, as TeX reads it; verbatim environments are kept as written.
     */
    private static String withoutComments(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        boolean verbatim = false;
        boolean joinNext = false;
        for (String line : latex.split("\n", -1)) {
            if (joinNext) line = line.stripLeading();
            joinNext = false;
            if (verbatim) {
                out.append(line).append('\n');
                if (line.contains("\\end{verbatim}") || line.contains("\\end{lstlisting}")) verbatim = false;
                continue;
            }
            int comment = commentStart(line);
            if (comment >= 0) {
                out.append(line, 0, comment);
                joinNext = true;
            } else {
                out.append(line).append('\n');
            }
            if ((line.contains("\\begin{verbatim}") || line.contains("\\begin{lstlisting}"))
                    && !line.contains("\\end{verbatim}") && !line.contains("\\end{lstlisting}")) {
                verbatim = true;
            }
        }
        return out.toString();
    }

    private static int commentStart(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '%') {
                return i;
            }
        }
        return -1;
    }
}
