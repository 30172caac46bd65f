package dev.arbiter.problem;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether a JSON value fits a parameter's declared type, by the rules both harnesses convert arguments with
 * (judge-images/python/harness.py, to_value): checked where a test or a run's own input is read, so that a value of
 * the wrong type is named there, with its line, instead of failing the judge's harness on every run.
 */
final class ArgumentTypes {

    private static final Map<String, Predicate<JsonNode>> SCALARS = Map.of(
            "int", v -> v.isIntegralNumber() && v.canConvertToInt(),
            "long", v -> v.isIntegralNumber() && v.canConvertToLong(),
            "double", JsonNode::isNumber,
            "float", JsonNode::isNumber,
            "boolean", JsonNode::isBoolean,
            "char", v -> v.isTextual() && v.asText().codePointCount(0, v.asText().length()) == 1,
            "String", JsonNode::isTextual);
    private static final Map<String, String> BOXED = Map.of("Integer", "int", "Long", "long", "Double", "double",
            "Boolean", "boolean", "Character", "char");

    private ArgumentTypes() {
    }

    /** Why value does not fit the type, or null when it does. */
    static String misfit(JsonNode value, String type) {
        String t = type.replace(" ", "");
        if (t.equals("ListNode") || t.equals("TreeNode")) {
            if (value.isNull()) return null;
            boolean fits = value.isArray();
            for (JsonNode v : value) fits &= SCALARS.get("int").test(v) || (v.isNull() && t.equals("TreeNode"));
            return fits ? null : "expected " + t + " as an array of integers, got " + shortText(value);
        }
        Predicate<JsonNode> scalar = SCALARS.get(t);
        if (scalar != null) {
            if (value.isNull() && t.equals("String")) return null;
            return scalar.test(value) ? null : "expected " + t + ", got " + shortText(value);
        }
        String inner = elementType(t);
        if (inner == null) return "unsupported type " + type;
        if (value.isNull()) return null;
        if (!value.isArray()) return "expected " + t + " as an array, got " + shortText(value);
        for (JsonNode v : value) {
            String why = misfit(v, inner);
            if (why != null) return why;
        }
        return null;
    }

    private static String elementType(String t) {
        if (t.endsWith("[]")) return t.substring(0, t.length() - 2);
        if (t.startsWith("List<") && t.endsWith(">")) {
            String inner = t.substring(5, t.length() - 1);
            return BOXED.getOrDefault(inner, inner);
        }
        return null;
    }

    static String shortText(JsonNode value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
