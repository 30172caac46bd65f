package dev.arbiter.problem.latex;

/** A cursor over LaTeX source: commands, brace groups, optional arguments and raw text up to a closing mark. */
final class LatexSource {

    private final String s;
    private int pos;

    LatexSource(String s) {
        this.s = s;
    }

    boolean done() {
        return pos >= s.length();
    }

    char peek() {
        return s.charAt(pos);
    }

    char peek(int ahead) {
        return pos + ahead < s.length() ? s.charAt(pos + ahead) : '\0';
    }

    char next() {
        return s.charAt(pos++);
    }

    boolean take(String text) {
        if (!s.startsWith(text, pos)) return false;
        pos += text.length();
        return true;
    }

    /** After a backslash: the command's letters (and a trailing star), or the one character that follows it. */
    String commandName() {
        if (done()) return "";
        int start = pos;
        while (!done() && Character.isLetter(peek()) && peek() < 128) pos++;
        if (pos == start) return String.valueOf(next());
        take("*");
        return s.substring(start, pos);
    }

    /** The spaces after a command word, and one line break unless a blank line (a new paragraph) follows. */
    void skipSpacesAfterWord() {
        while (!done() && (peek() == ' ' || peek() == '\t')) pos++;
        if (!done() && peek() == '\n') {
            int p = pos + 1;
            while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p++;
            if (p >= s.length() || s.charAt(p) != '\n') pos = p;
        }
    }

    private void skipWhitespace() {
        while (!done() && Character.isWhitespace(peek())) pos++;
    }

    /** The next argument: a brace group's content, a command, or one character; "" at the end. */
    String argument() {
        skipWhitespace();
        if (done()) return "";
        if (peek() == '{') {
            pos++;
            return balanced('{', '}');
        }
        if (peek() == '\\') {
            int start = pos++;
            commandName();
            return s.substring(start, pos);
        }
        return String.valueOf(next());
    }

    /** An optional [argument] if one follows, else null. */
    String optional() {
        int save = pos;
        skipWhitespace();
        if (!done() && peek() == '[') {
            pos++;
            return balanced('[', ']');
        }
        pos = save;
        return null;
    }

    /** The rest of a brace group whose opening brace was just read. */
    String restOfGroup() {
        return balanced('{', '}');
    }

    /** Whether a brace group follows (only spaces between). */
    boolean groupFollows() {
        int p = pos;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p++;
        return p < s.length() && s.charAt(p) == '{';
    }

    private String balanced(char open, char close) {
        int start = pos;
        int depth = 0;
        while (!done()) {
            char c = next();
            if (c == '\\' && !done()) {
                pos++;
            } else if (c == '{' && open != '{') {
                depth++;
            } else if (c == '}' && open != '{') {
                depth--;
            } else if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth == 0) return s.substring(start, pos - 1);
                depth--;
            }
        }
        return s.substring(start);
    }

    /** Raw text up to the first unescaped occurrence of end (consumed), or to the end of the source. */
    String upTo(String end) {
        int start = pos;
        while (!done()) {
            if (s.startsWith(end, pos)) {
                String raw = s.substring(start, pos);
                pos += end.length();
                return raw;
            }
            if (peek() == '\\') pos++;
            pos++;
        }
        return s.substring(start, Math.min(pos, s.length()));
    }

    /** Raw text up to a literal end (verbatim: backslashes mean nothing), or to the end of the source. */
    String upToLiteral(String end) {
        int at = s.indexOf(end, pos);
        String raw = s.substring(pos, at < 0 ? s.length() : at);
        pos = at < 0 ? s.length() : at + end.length();
        return raw;
    }
}
