package dev.arbiter.problem.latex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** \begin ... \end: lists, verbatim code, tables, displayed math, and blocks that only lay text out. */
final class LatexEnvironments {

    private static final Set<String> LISTS = Set.of("itemize", "enumerate", "description");
    private static final Set<String> CODE = Set.of("verbatim", "verbatim*", "lstlisting", "Verbatim");
    private static final Set<String> MATH = Set.of("equation", "equation*", "align", "align*", "displaymath",
            "eqnarray", "eqnarray*", "gather", "gather*", "multline", "multline*", "flalign", "flalign*");
    /** Blocks whose content is simply text, each its own paragraph. */
    private static final Set<String> BLOCKS = Set.of("center", "flushleft", "flushright", "quote", "quotation",
            "figure", "figure*", "table", "table*", "minipage", "wrapfigure", "samepage", "document");

    private final LatexText text;
    private final Deque<ListState> lists = new ArrayDeque<>();

    private static final class ListState {
        final boolean numbered;
        final String outerIndent;
        int items;

        ListState(boolean numbered, String outerIndent) {
            this.numbered = numbered;
            this.outerIndent = outerIndent;
        }
    }

    LatexEnvironments(LatexText text) {
        this.text = text;
    }

    void begin(String env, LatexSource src, MarkdownOut out) {
        if (LISTS.contains(env)) {
            src.optional();
            lists.push(new ListState(env.equals("enumerate"), out.indent()));
            out.endLine();
        } else if (CODE.contains(env)) {
            if (!env.startsWith("verbatim")) src.optional();
            String code = src.upToLiteral("\\end{" + env + "}");
            out.codeBlock(code.replaceFirst("^[ \\t]*\\n", "").stripTrailing());
        } else if (MATH.contains(env)) {
            display(src.upToLiteral("\\end{" + env + "}"), out);
        } else if (env.equals("math")) {
            out.text(text.math.render(src.upToLiteral("\\end{math}")));
        } else if (env.equals("tabular") || env.equals("tabular*") || env.equals("array")) {
            if (env.equals("tabular*")) src.argument(); // its width
            src.optional();
            src.argument(); // the columns
            table(src.upToLiteral("\\end{" + env + "}"), env.equals("array"), out);
        } else {
            if (!BLOCKS.contains(env)) text.unknown.add("\\begin{" + env + "}");
            if (env.startsWith("figure") || env.startsWith("table")) src.optional();
            if (env.equals("minipage")) {
                src.optional();
                src.argument(); // its width
            }
            out.paragraph();
        }
    }

    void end(String env, MarkdownOut out) {
        if (LISTS.contains(env) && !lists.isEmpty()) {
            out.indent(lists.pop().outerIndent);
        }
        out.paragraph();
    }

    void item(String label, MarkdownOut out) {
        ListState list = lists.peek();
        if (list == null) {
            out.paragraph();
            out.markup("•");
            out.space();
            return;
        }
        out.indent(list.outerIndent);
        out.endLine();
        String marker = list.numbered ? (++list.items) + ". " : "- ";
        out.markup(marker);
        out.indent(list.outerIndent + " ".repeat(marker.length()));
        if (label != null) {
            text.spans.wrapped("**", label, out);
            out.space();
        }
    }

    /** Displayed math: a paragraph of its own, a line per \\. */
    void display(String latex, MarkdownOut out) {
        out.paragraph();
        out.text(text.math.render(latex));
        out.paragraph();
    }

    /** An image from the package, its caption under it; the package must have the file (checked when it is read). */
    void figure(String file, String caption, MarkdownOut out) {
        MarkdownOut said = MarkdownOut.inline();
        text.convert(caption, said);
        String address = file.strip();
        out.paragraph();
        if (address.matches("[^<>\\s\\\\]+")) {
            out.markup("![" + said.result() + "](<" + address + ">)");
        } else {
            out.text("(An illustration is not shown here: " + address + ")");
        }
        if (!said.isEmpty()) {
            out.hardBreak();
            out.markup("*" + said.result() + "*");
        }
        out.paragraph();
    }

    /** A table as lines of cells between bars; rules are left out. */
    private void table(String latex, boolean math, MarkdownOut out) {
        out.paragraph();
        for (List<String> row : cells(latex.replaceAll("\\\\(hline|toprule|midrule|bottomrule)|\\\\cline\\{[^}]*}", ""))) {
            if (row.stream().allMatch(String::isBlank)) continue;
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) out.markup(" \\| ");
                MarkdownOut cell = MarkdownOut.inline();
                if (math) cell.text(text.math.render(row.get(i)));
                else text.convert(row.get(i), cell);
                out.markup(cell.result());
            }
            out.hardBreak();
        }
        out.paragraph();
    }

    /** Rows split at \\, cells at &, neither inside braces or escaped. */
    private static List<List<String>> cells(String latex) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < latex.length()) {
                if (latex.charAt(i + 1) == '\\' && depth == 0) {
                    row.add(cell.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    cell.setLength(0);
                } else {
                    cell.append(c).append(latex.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (c == '&' && depth == 0) {
                row.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        row.add(cell.toString());
        rows.add(row);
        return rows;
    }
}
