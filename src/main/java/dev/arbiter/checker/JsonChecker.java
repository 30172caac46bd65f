package dev.arbiter.checker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares JSON values structurally; numbers by value, optionally within a tolerance or ignoring list order. */
final class JsonChecker implements Checker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean unordered;
    private final double tolerance;

    JsonChecker(boolean unordered, double tolerance) {
        this.unordered = unordered;
        this.tolerance = tolerance;
    }

    @Override
    public boolean accepts(String expected, String actual) {
        try {
            JsonNode want = JSON.readTree(expected);
            JsonNode got = JSON.readTree(actual);
            if (want == null || got == null) return false;
            return unordered ? same(canonical(want), canonical(got)) : same(want, got);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return sameNumber(a, b);
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) return false;
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                var field = it.next();
                if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    private boolean sameNumber(JsonNode a, JsonNode b) {
        if (tolerance > 0) {
            double x = a.asDouble();
            double y = b.asDouble();
            double diff = Math.abs(x - y);
            return diff <= tolerance || diff <= tolerance * Math.max(Math.abs(x), Math.abs(y));
        }
        return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    /** Sorts every array by its elements' canonical text, innermost first, so order no longer matters. */
    private static JsonNode canonical(JsonNode node) {
        if (!node.isArray()) return node;
        List<JsonNode> items = new ArrayList<>();
        node.forEach(item -> items.add(canonical(item)));
        items.sort(Comparator.comparing(JsonChecker::key));
        var array = JSON.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    private static String key(JsonNode node) {
        return node.isNumber() ? String.format("%030.10f", node.asDouble() + 1e15) : node.toString();
    }
}
