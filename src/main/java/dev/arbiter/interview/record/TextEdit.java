package dev.arbiter.interview.record;

/**
 * One replacement that turns a text into the next: {@code removed} characters at {@code from} become {@code text}.
 * Positions are UTF-16 code units, as in Java and JavaScript strings, so the browser replays edits unchanged.
 */
public record TextEdit(int from, int removed, String text) {

    /** The smallest single replacement from {@code before} to {@code after} (common prefix and suffix kept). */
    public static TextEdit between(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) suffix++;
        return new TextEdit(prefix, before.length() - prefix - suffix, after.substring(prefix, after.length() - suffix));
    }

    public String applyTo(String before) {
        if (from < 0 || removed < 0 || from + removed > before.length()) {
            throw new IllegalArgumentException("edit " + this + " does not fit a text of " + before.length() + " characters");
        }
        return before.substring(0, from) + text + before.substring(from + removed);
    }

    public boolean empty() {
        return removed == 0 && text.isEmpty();
    }
}
