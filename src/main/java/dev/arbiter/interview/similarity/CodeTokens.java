package dev.arbiter.interview.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns Java or Python code into normalized tokens: every identifier becomes V, every number N, every string S;
 * keywords and operators stay; comments and layout go, except Python's indentation, which becomes { and } (it is
 * the block structure). Renaming variables or reformatting therefore changes nothing.
 */
public final class CodeTokens {

    /** A normalized token and the 1-based line it came from. */
    public record Token(String text, int line) {
    }

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "boolean", "break", "byte", "case", "catch",
            "char", "class", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "new", "private", "protected",
            "public", "return", "short", "static", "super", "switch", "this", "throw", "throws", "try", "var", "void",
            "while", "null", "true", "false", "record", "yield");
    private static final Set<String> PYTHON_KEYWORDS = Set.of("and", "as", "assert", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "None", "True", "False",
            "self");

    private CodeTokens() {
    }

    public static List<Token> of(String source, boolean python) {
        List<Token> out = new ArrayList<>();
        Set<String> keywords = python ? PYTHON_KEYWORDS : JAVA_KEYWORDS;
        List<Integer> indents = new ArrayList<>(List.of(0));
        int i = 0;
        int line = 1;
        boolean lineStart = true;
        int depth = 0; // brackets: Python lines inside them continue the statement
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (python && lineStart && depth == 0) {
                int col = 0;
                int j = i;
                while (j < n && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) col += source.charAt(j++) == '\t' ? 4 : 1;
                boolean blank = j >= n || source.charAt(j) == '\n' || source.charAt(j) == '\r' || source.charAt(j) == '#';
                if (!blank) {
                    while (col < indents.get(indents.size() - 1)) {
                        indents.remove(indents.size() - 1);
                        out.add(new Token("}", line));
                    }
                    if (col > indents.get(indents.size() - 1)) {
                        indents.add(col);
                        out.add(new Token("{", line));
                    }
                }
                i = j;
                lineStart = false;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (python ? c == '#' : source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') i++;
            } else if (!python && source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(source, i, python);
                out.add(new Token("S", line));
                line += count(source, i, end);
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '.' || source.charAt(i) == '_')) i++;
                out.add(new Token("N", line));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) i++;
                String word = source.substring(start, i);
                out.add(new Token(keywords.contains(word) ? word : "V", line));
            } else {
                if ("([{".indexOf(c) >= 0) depth++;
                if (")]}".indexOf(c) >= 0) depth = Math.max(0, depth - 1);
                out.add(new Token(String.valueOf(c), line));
                i++;
            }
        }
        return out;
    }

    private static int stringEnd(String s, int start, boolean python) {
        char quote = s.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (s.startsWith(triple, start)) {
            int end = s.indexOf(triple, start + 3);
            return end < 0 ? s.length() : end + 3;
        }
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') i += s.charAt(i) == '\\' ? 2 : 1;
        return Math.min(s.length(), i + 1);
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to && i < s.length(); i++) if (s.charAt(i) == '\n') lines++;
        return lines;
    }
}
