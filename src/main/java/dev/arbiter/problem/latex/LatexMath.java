package dev.arbiter.problem.latex;

import java.util.Set;

/**
 * Math as readable Unicode text: "1 \le a_i \le 10^9" is "1 ≤ aᵢ ≤ 10⁹". Scripts without a Unicode form stay as
 * written (a_{i,j}); commands it does not know are kept as written and named in unknown.
 */
final class LatexMath {

    private static final Set<String> CONTENT_ONLY = Set.of("mathrm", "mathit", "mathbf", "mathsf", "mathtt",
            "mathcal", "mathscr", "mathfrak", "boldsymbol", "operatorname", "overline", "underline", "bar", "hat",
            "widehat", "tilde", "widetilde", "vec", "dot", "ddot", "bm", "pmb", "operatorname*", "ensuremath");
    private static final Set<String> TEXT_INSIDE = Set.of("text", "textrm", "textit", "textbf", "texttt", "mbox",
            "hbox", "textsf", "textup", "textnormal");

    private final Set<String> unknown;
    private final LatexMacros macros;
    private int depth;

    LatexMath(Set<String> unknown, LatexMacros macros) {
        this.unknown = unknown;
        this.macros = macros;
    }

    String render(String math) {
        if (depth >= LatexText.MAX_DEPTH) return math;
        depth++;
        try {
            return renderMath(math);
        } finally {
            depth--;
        }
    }

    private String renderMath(String math) {
        StringBuilder out = new StringBuilder();
        LatexSource src = new LatexSource(math);
        while (!src.done()) {
            char c = src.next();
            switch (c) {
                case '\\' -> command(src, out);
                case '{' -> out.append(render(group(src)));
                case '}', '&' -> { }
                case '^' -> script(src, out, true);
                case '_' -> script(src, out, false);
                case '=', '<', '>' -> relation(out, String.valueOf(c));
                case '~' -> out.append(' ');
                case '-' -> out.append('−');
                case '\'' -> out.append('′');
                case ' ', '\t', '\n', '\r' -> {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
                }
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The rest of a brace group whose opening brace was just read. */
    private static String group(LatexSource src) {
        StringBuilder raw = new StringBuilder();
        int depth = 0;
        while (!src.done()) {
            char c = src.next();
            if (c == '\\' && !src.done()) {
                raw.append(c).append(src.next());
                continue;
            }
            if (c == '{') depth++;
            if (c == '}' && depth-- == 0) break;
            raw.append(c);
        }
        return raw.toString();
    }

    private void script(LatexSource src, StringBuilder out, boolean up) {
        String raw = src.argument();
        String inner = render(raw);
        if (up && (inner.equals("∘") || inner.equals("\\circ"))) {
            out.append('°');
            return;
        }
        if (up && inner.matches("′+")) {
            out.append(inner);
            return;
        }
        String tight = inner.replace(" ", "");
        String shifted = up ? LatexSymbols.superscript(tight) : LatexSymbols.subscript(tight);
        if (shifted != null) {
            out.append(shifted);
        } else {
            out.append(up ? '^' : '_').append(inner.codePointCount(0, inner.length()) == 1 ? inner : "{" + inner + "}");
        }
    }

    private void command(LatexSource src, StringBuilder out) {
        String name = src.commandName();
        String expansion = macros.expand(name, src);
        if (expansion != null) {
            out.append(render(expansion));
            return;
        }
        String symbol = LatexSymbols.MATH.get(name);
        if (symbol != null && LatexSymbols.RELATIONS.contains(symbol)) {
            relation(out, symbol);
        } else if (symbol != null) {
            out.append(symbol);
        } else if (LatexSymbols.FUNCTIONS.contains(name)) {
            out.append(name);
        } else if (LatexSymbols.MATH_IGNORED.contains(name)) {
            return;
        } else if (name.equals("\\")) {
            src.optional();
            out.append('\n');
        } else if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac") || name.equals("cfrac")) {
            out.append(operand(render(src.argument()))).append('/').append(operand(render(src.argument())));
        } else if (name.equals("sqrt")) {
            String index = src.optional();
            String root = index == null ? null : LatexSymbols.superscript(render(index));
            if (root != null) out.append(root);
            out.append('√').append(operand(render(src.argument())));
        } else if (name.equals("binom") || name.equals("dbinom") || name.equals("tbinom")) {
            out.append("C(").append(render(src.argument())).append(", ").append(render(src.argument())).append(')');
        } else if (name.equals("pmod")) {
            out.append(" (mod ").append(render(src.argument())).append(')');
        } else if (name.equals("mathbb")) {
            String letter = render(src.argument());
            out.append(switch (letter) {
                case "N" -> "ℕ";
                case "Z" -> "ℤ";
                case "R" -> "ℝ";
                case "Q" -> "ℚ";
                case "C" -> "ℂ";
                default -> letter;
            });
        } else if (CONTENT_ONLY.contains(name)) {
            out.append(render(src.argument()));
        } else if (TEXT_INSIDE.contains(name)) {
            out.append(src.argument());
        } else if (name.isEmpty()) {
            out.append('\\');
        } else {
            unknown.add("\\" + name);
            out.append('\\').append(name);
            while (src.groupFollows()) out.append('{').append(render(src.argument())).append('}');
        }
    }

    /** A relation with a space on each side, as TeX sets it: $0\leq x$ reads "0 ≤ x". */
    private static void relation(StringBuilder out, String symbol) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
        out.append(symbol).append(' ');
    }

    /** A fraction's part, in parentheses unless it is one word or number. */
    private static String operand(String part) {
        return part.matches("[\\p{L}\\p{N}′.]+|\\(.*\\)") ? part : "(" + part + ")";
    }
}
