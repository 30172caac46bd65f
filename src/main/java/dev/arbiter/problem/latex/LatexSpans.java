package dev.arbiter.problem.latex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline styles: emphasis, bold and code, by command or by declaration in a group, and links. */
final class LatexSpans {

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*\\\\(bf|bfseries|em|it|itshape|sl|slshape|tt|ttfamily)(?![a-zA-Z])\\s*");
    private static final Pattern LINK = Pattern.compile("(https?://|mailto:)[^\\s<>\\\\]+");

    private final LatexText text;

    LatexSpans(LatexText text) {
        this.text = text;
    }

    /** A brace group; {\bf ...}, {\em ...} and {\tt ...} style what follows them in it. */
    void group(String inner, MarkdownOut out) {
        Matcher declaration = DECLARATION.matcher(inner);
        if (!declaration.find()) {
            text.convert(inner, out);
            return;
        }
        String rest = inner.substring(declaration.end());
        switch (declaration.group(1)) {
            case "bf", "bfseries" -> wrapped("**", rest, out);
            case "tt", "ttfamily" -> code(rest, out);
            default -> wrapped("*", rest, out);
        }
    }

    void wrapped(String mark, String latex, MarkdownOut out) {
        MarkdownOut span = MarkdownOut.inline();
        text.convert(latex, span);
        if (!span.isEmpty()) out.markup(mark + span.result() + mark);
    }

    void code(String latex, MarkdownOut out) {
        MarkdownOut plain = MarkdownOut.plain();
        boolean outer = text.typewriter;
        text.typewriter = true;
        text.convert(latex, plain);
        text.typewriter = outer;
        if (!plain.isEmpty()) out.markup(codeSpan(plain.result()));
    }

    static String codeSpan(String text) {
        String fence = "`";
        while (text.contains(fence)) fence += "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** A link only to http(s) and mailto addresses; anything else is shown as text. */
    void link(String url, String label, MarkdownOut out) {
        String address = url.strip().replace("\\%", "%").replace("\\#", "#").replace("\\_", "_").replace("\\&", "&");
        boolean linkable = LINK.matcher(address).matches();
        if (label == null) {
            out.markup(linkable ? "<" + address + ">" : codeSpan(address));
            return;
        }
        MarkdownOut span = MarkdownOut.inline();
        text.convert(label, span);
        if (linkable) out.markup("[" + span.result() + "](<" + address + ">)");
        else out.markup(span.result());
    }
}
