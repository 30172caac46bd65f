package dev.arbiter.lang;

import java.util.Map;
import java.util.Optional;

/** A parameter or return type of a signature problem, in Java spelling, with its Python hint. */
public record ValueType(String java, String python) {

    private static final Map<String, String> PYTHON_HINTS = Map.ofEntries(
            Map.entry("int", "int"), Map.entry("long", "int"), Map.entry("double", "float"),
            Map.entry("boolean", "bool"), Map.entry("char", "str"), Map.entry("String", "str"),
            Map.entry("int[]", "List[int]"), Map.entry("long[]", "List[int]"),
            Map.entry("double[]", "List[float]"), Map.entry("boolean[]", "List[bool]"),
            Map.entry("char[]", "List[str]"), Map.entry("String[]", "List[str]"),
            Map.entry("int[][]", "List[List[int]]"), Map.entry("char[][]", "List[List[str]]"),
            Map.entry("String[][]", "List[List[str]]"), Map.entry("double[][]", "List[List[float]]"),
            Map.entry("List<Integer>", "List[int]"), Map.entry("List<Long>", "List[int]"),
            Map.entry("List<String>", "List[str]"), Map.entry("List<Double>", "List[float]"),
            Map.entry("List<Boolean>", "List[bool]"),
            Map.entry("List<List<Integer>>", "List[List[int]]"),
            Map.entry("List<List<String>>", "List[List[str]]"),
            Map.entry("ListNode", "Optional[ListNode]"), Map.entry("TreeNode", "Optional[TreeNode]"),
            Map.entry("void", "None"));

    /** The type for a Java spelling such as {@code List<List<Integer>>}, or empty when unsupported. */
    public static Optional<ValueType> of(String java) {
        if (java == null) {
            return Optional.empty();
        }
        String normalized = java.replace(" ", "");
        return Optional.ofNullable(PYTHON_HINTS.get(normalized)).map(hint -> new ValueType(normalized, hint));
    }

    public static String supported() {
        return String.join(", ", new java.util.TreeSet<>(PYTHON_HINTS.keySet()));
    }
}
