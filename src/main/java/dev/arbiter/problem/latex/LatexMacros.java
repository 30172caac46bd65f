package dev.arbiter.problem.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement's own macros (\newcommand, \renewcommand, \providecommand, \def, \DeclareMathOperator), expanded where
 * they are used. A budget of expanded characters stops a definition that expands without end.
 */
final class LatexMacros {

    static final int MAX_EXPANDED_CHARS = 1_000_000;

    private record Macro(int parameters, String defaultFirst, String body) {
    }

    private final Map<String, Macro> macros = new HashMap<>();
    private int expandedChars;

    static boolean defines(String command) {
        return switch (command) {
            case "newcommand", "newcommand*", "renewcommand", "renewcommand*", "providecommand", "providecommand*",
                 "def", "DeclareMathOperator", "DeclareMathOperator*" -> true;
            default -> false;
        };
    }

    /** Reads the definition that follows the command and remembers it; false if it names no command. */
    boolean define(String command, LatexSource src) {
        String name = src.argument().strip();
        if (!name.matches("\\\\[A-Za-z]+")) return false;
        if (command.startsWith("DeclareMathOperator")) {
            macros.put(name.substring(1), new Macro(0, null, "\\operatorname{" + src.argument() + "}"));
            return true;
        }
        int parameters = 0;
        String defaultFirst = null;
        if (command.equals("def")) {
            while (!src.done() && src.peek() == '#') {
                src.next();
                if (!src.done() && Character.isDigit(src.peek())) src.next();
                parameters++;
            }
        } else {
            String count = src.optional();
            if (count != null && count.strip().matches("[1-9]")) parameters = Integer.parseInt(count.strip());
            defaultFirst = src.optional();
        }
        String body = src.argument();
        if (!command.startsWith("providecommand") || !macros.containsKey(name.substring(1))) {
            macros.put(name.substring(1), new Macro(parameters, defaultFirst, body));
        }
        return true;
    }

    /** The macro's body with its arguments read from src, or null when it is no macro or the budget is spent. */
    String expand(String name, LatexSource src) {
        Macro macro = macros.get(name);
        if (macro == null || expandedChars > MAX_EXPANDED_CHARS) return null;
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < macro.parameters(); i++) {
            String optional = i == 0 && macro.defaultFirst() != null ? src.optional() : null;
            arguments.add(i == 0 && macro.defaultFirst() != null ? (optional != null ? optional : macro.defaultFirst())
                    : src.argument());
        }
        String body = macro.body();
        for (int i = arguments.size(); i >= 1; i--) body = body.replace("#" + i, arguments.get(i - 1));
        expandedChars += body.length();
        return body;
    }
}
