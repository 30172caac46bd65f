package dev.arbiter.problem.latex;

/**
 * Markdown being written: text is escaped so that it reads as written (a "1." or "-" opening a line stays text),
 * markup is taken as is, and lines inside a list item are indented to stay in it.
 */
final class MarkdownOut {

    private static final String ALWAYS_ESCAPED = "\\`*_[]<>|&";
    private static final String ESCAPED_OPENING_A_LINE = "#+-=>~";

    private final StringBuilder md = new StringBuilder();
    private final boolean escape;
    private final boolean inline;
    private String indent = "";
    private boolean lineStart = true;
    private boolean lineDigits;
    /** The last thing written is a hard line break, which a paragraph's end takes back. */
    private boolean brokeLine;

    private MarkdownOut(boolean escape, boolean inline) {
        this.escape = escape;
        this.inline = inline;
    }

    static MarkdownOut document() {
        return new MarkdownOut(true, false);
    }

    /** A span inside a line (a heading, emphasis): breaks become spaces. */
    static MarkdownOut inline() {
        return new MarkdownOut(true, true);
    }

    /** Plain text for a code span: nothing is escaped. */
    static MarkdownOut plain() {
        return new MarkdownOut(false, true);
    }

    void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                hardBreak();
            } else if (c == ' ' || c == '\t') {
                space();
            } else {
                openLine();
                if (escape && (ALWAYS_ESCAPED.indexOf(c) >= 0 || (lineStart && ESCAPED_OPENING_A_LINE.indexOf(c) >= 0)
                        || (lineDigits && (c == '.' || c == ')')))) {
                    md.append('\\');
                }
                md.append(c);
                lineDigits = (lineStart || lineDigits) && Character.isDigit(c);
                lineStart = false;
            }
        }
    }

    void markup(String markup) {
        if (markup.isEmpty()) return;
        openLine();
        md.append(markup);
        lineStart = false;
        lineDigits = false;
    }

    void space() {
        if (!lineStart && md.length() > 0 && md.charAt(md.length() - 1) != ' ') md.append(' ');
    }

    void hardBreak() {
        if (inline) {
            space();
        } else if (!lineStart) {
            trimTrailingSpaces();
            md.append("\\\n");
            lineStart = true;
            brokeLine = true;
        }
    }

    /** Ends the line if anything is on it. */
    void endLine() {
        if (inline) {
            space();
        } else if (brokeLine) {
            trimTrailingSpaces();
            md.append('\n');
        } else if (!lineStart) {
            trimTrailingSpaces();
            md.append('\n');
            lineStart = true;
        }
    }

    void paragraph() {
        if (inline) {
            space();
            return;
        }
        trimTrailingSpaces();
        if (md.isEmpty()) return;
        int newlines = 0;
        while (newlines < md.length() && md.charAt(md.length() - 1 - newlines) == '\n') newlines++;
        md.append("\n".repeat(Math.max(0, 2 - newlines)));
        lineStart = true;
    }

    /** A fenced code block of its own, each line as written. */
    void codeBlock(String code) {
        if (inline) {
            text(code);
            return;
        }
        String fence = "```";
        while (code.contains(fence)) fence += "`";
        paragraph();
        markup(fence);
        for (String line : code.split("\n", -1)) {
            md.append('\n').append(indent).append(line);
        }
        md.append('\n').append(indent).append(fence);
        paragraph();
    }

    String indent() {
        return indent;
    }

    void indent(String indent) {
        this.indent = indent;
    }

    boolean isEmpty() {
        return md.toString().isBlank();
    }

    String result() {
        return md.toString().strip();
    }

    private void openLine() {
        brokeLine = false;
        if (lineStart && !inline && md.length() > 0 && md.charAt(md.length() - 1) == '\n') md.append(indent);
        if (lineStart) lineDigits = true;
    }

    private void trimTrailingSpaces() {
        if (brokeLine) md.setLength(md.length() - 2);
        brokeLine = false;
        while (md.length() > 0 && md.charAt(md.length() - 1) == ' ') md.setLength(md.length() - 1);
    }
}
