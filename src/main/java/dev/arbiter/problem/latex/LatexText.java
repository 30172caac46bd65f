package dev.arbiter.problem.latex;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text mode: paragraphs, typographic quotes and dashes, and the commands of problem statements. */
final class LatexText {

    /** Layout and size commands the Markdown has no use for. */
    private static final Set<String> IGNORED = Set.of("noindent", "indent", "centering", "raggedright", "raggedleft",
            "medskip", "bigskip", "smallskip", "newpage", "clearpage", "pagebreak", "nopagebreak", "hline", "protect",
            "relax", "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge",
            "Huge", "rm", "sf", "sc", "upshape", "mdseries", "normalfont", "hfill", "vfill", "null", "leavevmode",
            "allowbreak", "nolinebreak", "break", "sloppy", "fussy");
    /** Commands whose one argument is simply text. */
    private static final Set<String> CONTENT_ONLY = Set.of("underline", "textrm", "textsf", "textsc", "textup",
            "textnormal", "textmd", "mbox", "hbox", "text", "ref", "eqref");
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*\\\\(bf|bfseries|em|it|itshape|sl|slshape|tt|ttfamily)(?![a-zA-Z])\\s*");
    private static final Pattern LINK = Pattern.compile("(https?://|mailto:)[^\\s<>\\\\]+");

    final Set<String> unknown;
    final LatexMath math;
    private final LatexMacros macros = new LatexMacros();
    private final LatexEnvironments environments;
    static final int MAX_DEPTH = 64;
    /** Inside \texttt: no typographic quotes or dashes. */
    private boolean typewriter;
    private int depth;

    LatexText(Set<String> unknown) {
        this.unknown = unknown;
        this.math = new LatexMath(unknown, macros);
        this.environments = new LatexEnvironments(this);
    }

    void convert(String latex, MarkdownOut out) {
        if (depth >= MAX_DEPTH) {
            out.text(latex); // nested past any statement's need: shown as written rather than overflowing the stack
            return;
        }
        depth++;
        try {
            convertText(latex, out);
        } finally {
            depth--;
        }
    }

    private void convertText(String latex, MarkdownOut out) {
        LatexSource src = new LatexSource(latex);
        while (!src.done()) {
            char c = src.next();
            switch (c) {
                case '\\' -> command(src, out);
                case '{' -> group(src.restOfGroup(), out);
                case '}' -> { }
                case '$' -> {
                    if (src.take("$")) environments.display(src.upTo("$$"), out);
                    else out.text(math.render(src.upTo("$")));
                }
                case '~' -> out.text("\u00A0");
                case '`' -> out.text(typewriter ? "`" : src.take("`") ? "“" : "‘");
                case '\'' -> out.text(typewriter ? "'" : src.take("'") ? "”" : "’");
                case '-' -> out.text(typewriter ? "-" : src.take("--") ? "—" : src.take("-") ? "–" : "-");
                case ' ', '\t', '\r', '\n' -> {
                    int newlines = c == '\n' ? 1 : 0;
                    while (!src.done() && Character.isWhitespace(src.peek())) {
                        if (src.next() == '\n') newlines++;
                    }
                    if (newlines >= 2) out.paragraph();
                    else out.space();
                }
                default -> out.text(String.valueOf(c));
            }
        }
    }

    /** A brace group; {\bf ...}, {\em ...} and {\tt ...} style what follows them in it. */
    private void group(String inner, MarkdownOut out) {
        Matcher declaration = DECLARATION.matcher(inner);
        if (!declaration.find()) {
            convert(inner, out);
            return;
        }
        String rest = inner.substring(declaration.end());
        switch (declaration.group(1)) {
            case "bf", "bfseries" -> wrapped("**", rest, out);
            case "tt", "ttfamily" -> code(rest, out);
            default -> wrapped("*", rest, out);
        }
    }

    private void command(LatexSource src, MarkdownOut out) {
        String name = src.commandName();
        if (!name.isEmpty() && Character.isLetter(name.charAt(0))) src.skipSpacesAfterWord();
        String expansion = macros.expand(name, src);
        if (expansion != null) {
            convert(expansion, out);
            return;
        }
        if (LatexMacros.defines(name)) {
            if (!macros.define(name, src)) unknown.add("\\" + name);
            return;
        }
        switch (name) {
            case "problemname" -> src.argument(); // the title is shown above the statement
            case "section", "section*" -> heading("## ", src.argument(), out);
            case "subsection", "subsection*" -> heading("### ", src.argument(), out);
            case "subsubsection", "subsubsection*" -> heading("#### ", src.argument(), out);
            case "paragraph", "paragraph*" -> {
                out.paragraph();
                wrapped("**", src.argument(), out);
                out.space();
            }
            case "emph", "textit", "textsl" -> wrapped("*", src.argument(), out);
            case "textbf" -> wrapped("**", src.argument(), out);
            case "texttt" -> code(src.argument(), out);
            case "verb", "verb*" -> {
                if (!src.done()) out.markup(codeSpan(src.upToLiteral(String.valueOf(src.next()))));
            }
            case "url" -> link(src.argument(), null, out);
            case "href" -> link(src.argument(), src.argument(), out);
            case "footnote" -> {
                out.text(" (");
                convert(src.argument(), out);
                out.text(")");
            }
            case "illustration" -> {
                src.argument(); // its width
                String file = src.argument();
                environments.figure(file, src.argument(), out);
            }
            case "includegraphics" -> {
                src.optional();
                environments.figure(src.argument(), "", out);
            }
            case "caption" -> {
                out.paragraph();
                wrapped("*", src.argument(), out);
                out.paragraph();
            }
            case "(" -> out.text(math.render(src.upTo("\\)")));
            case "[" -> environments.display(src.upTo("\\]"), out);
            case "\\", "newline", "linebreak" -> {
                src.optional();
                out.hardBreak();
            }
            case "par" -> out.paragraph();
            case "item" -> environments.item(src.optional(), out);
            case "begin" -> environments.begin(src.argument(), src, out);
            case "end" -> environments.end(src.argument(), out);
            case "label", "vspace", "vspace*", "hspace", "hspace*", "phantom", "hphantom", "vphantom" -> src.argument();
            case "ensuremath" -> out.text(math.render(src.argument()));
            case "enquote" -> {
                out.text("“");
                convert(src.argument(), out);
                out.text("”");
            }
            case "textsuperscript", "textsubscript" -> {
                MarkdownOut plain = MarkdownOut.plain();
                convert(src.argument(), plain);
                boolean up = name.equals("textsuperscript");
                String shifted = up ? LatexSymbols.superscript(plain.result()) : LatexSymbols.subscript(plain.result());
                out.text(shifted != null ? shifted : (up ? "^" : "_") + "(" + plain.result() + ")");
            }
            case "textcolor", "colorbox" -> {
                src.argument(); // the colour
                convert(src.argument(), out);
            }
            case "color" -> src.argument();
            case "setlength", "addtolength" -> {
                src.argument();
                src.argument();
            }
            default -> other(name, src, out);
        }
    }

    private void other(String name, LatexSource src, MarkdownOut out) {
        String symbol = LatexSymbols.TEXT.get(name);
        Character accent = LatexSymbols.ACCENTS.get(name);
        if (symbol != null) {
            out.text(symbol);
        } else if (accent != null) {
            String base = src.argument();
            if (base.equals("\\i") || base.equals("\\j")) base = base.substring(1); // dotless, to take the accent
            out.text(Normalizer.normalize(base + accent, Normalizer.Form.NFC));
        } else if (CONTENT_ONLY.contains(name)) {
            convert(src.argument(), out);
        } else if (!IGNORED.contains(name)) {
            unknown.add("\\" + name);
            out.text("\\" + name);
            while (src.groupFollows()) {
                out.text("{");
                convert(src.argument(), out);
                out.text("}");
            }
        }
    }

    private void heading(String level, String title, MarkdownOut out) {
        out.paragraph();
        out.markup(level);
        MarkdownOut span = MarkdownOut.inline();
        convert(title, span);
        out.markup(span.result());
        out.paragraph();
    }

    void wrapped(String mark, String latex, MarkdownOut out) {
        MarkdownOut span = MarkdownOut.inline();
        convert(latex, span);
        if (!span.isEmpty()) out.markup(mark + span.result() + mark);
    }

    private void code(String latex, MarkdownOut out) {
        MarkdownOut plain = MarkdownOut.plain();
        boolean outer = typewriter;
        typewriter = true;
        convert(latex, plain);
        typewriter = outer;
        if (!plain.isEmpty()) out.markup(codeSpan(plain.result()));
    }

    private static String codeSpan(String text) {
        String fence = "`";
        while (text.contains(fence)) fence += "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** A link only to http(s) and mailto addresses; anything else is shown as text. */
    private void link(String url, String text, MarkdownOut out) {
        String address = url.strip().replace("\\%", "%").replace("\\#", "#").replace("\\_", "_").replace("\\&", "&");
        boolean linkable = LINK.matcher(address).matches();
        if (text == null) {
            out.markup(linkable ? "<" + address + ">" : codeSpan(address));
            return;
        }
        MarkdownOut span = MarkdownOut.inline();
        convert(text, span);
        if (linkable) out.markup("[" + span.result() + "](<" + address + ">)");
        else out.markup(span.result());
    }
}
