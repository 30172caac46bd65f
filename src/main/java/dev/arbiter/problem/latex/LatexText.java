package dev.arbiter.problem.latex;

import java.text.Normalizer;
import java.util.Set;

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

    final Set<String> unknown;
    final LatexMath math;
    private final LatexMacros macros = new LatexMacros();
    private final LatexEnvironments environments;
    final LatexSpans spans = new LatexSpans(this);
    static final int MAX_DEPTH = 64;
    /** Inside \texttt: no typographic quotes or dashes. */
    boolean typewriter;
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
                case '{' -> spans.group(src.restOfGroup(), out);
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
                spans.wrapped("**", src.argument(), out);
                out.space();
            }
            case "emph", "textit", "textsl" -> spans.wrapped("*", src.argument(), out);
            case "textbf" -> spans.wrapped("**", src.argument(), out);
            case "texttt" -> spans.code(src.argument(), out);
            case "verb", "verb*" -> {
                if (!src.done()) out.markup(LatexSpans.codeSpan(src.upToLiteral(String.valueOf(src.next()))));
            }
            case "url" -> spans.link(src.argument(), null, out);
            case "href" -> spans.link(src.argument(), src.argument(), out);
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
                spans.wrapped("*", src.argument(), out);
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
}
