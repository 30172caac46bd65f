package arbiter.harness;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/** Converts JSON values to the declared parameter types and results back to JSON, by type name (Java spelling). */
final class Convert {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final ClassLoader loader;

    Convert(ClassLoader loader) {
        this.loader = loader;
    }

    Class<?> javaClass(String type) throws ClassNotFoundException {
        switch (type) {
            case "int": return int.class;
            case "long": return long.class;
            case "double": return double.class;
            case "boolean": return boolean.class;
            case "char": return char.class;
            case "String": return String.class;
            case "ListNode": return Class.forName("ListNode", true, loader);
            case "TreeNode": return Class.forName("TreeNode", true, loader);
            default:
                if (type.startsWith("List<")) return List.class;
                if (type.endsWith("[]")) return Array.newInstance(javaClass(type.substring(0, type.length() - 2)), 0).getClass();
                throw new IllegalArgumentException("unsupported type " + type);
        }
    }

    /** The type name without blanks ("List<List<Integer> >" is "List<List<Integer>>"). */
    static String normalize(String type) {
        if (type == null) throw new IllegalArgumentException("a parameter has no type");
        // called per argument of every design-mode call: skip the regex when there is nothing to strip
        for (int i = 0; i < type.length(); i++) {
            if (Character.isWhitespace(type.charAt(i))) return WHITESPACE.matcher(type).replaceAll("");
        }
        return type;
    }

    Object toJava(Object json, String type) throws ReflectiveOperationException {
        switch (type) {
            case "int": return Math.toIntExact(integer(json));
            case "long": return integer(json);
            case "double": return number(json).doubleValue();
            case "boolean":
                if (!(json instanceof Boolean)) throw new IllegalArgumentException("expected a boolean, got " + show(json));
                return json;
            case "char":
                if (!(json instanceof String) || ((String) json).length() != 1) {
                    throw new IllegalArgumentException("expected a 1-character string, got " + show(json));
                }
                return ((String) json).charAt(0);
            case "String":
                if (json != null && !(json instanceof String)) throw new IllegalArgumentException("expected a string, got " + show(json));
                // a string of its own per conversion, as a fresh parse gives: one shared by every call keeps the hash the
                // first call computed, and a HashSet of the words counted 140 bytecodes a word less in the call after it
                return json == null ? null : new String(((String) json).toCharArray());
            case "ListNode": return listNode(json);
            case "TreeNode": return treeNode(json);
            default: break;
        }
        if (json == null) return null;
        if (!(json instanceof List)) throw new IllegalArgumentException("expected an array for " + type + ", got " + show(json));
        // the usual large input, converted without a reflective call per number (fresh copies of it are made per batch)
        if (json instanceof Json.Longs numbers && type.equals("int[]")) return numbers.ints();
        if (json instanceof Json.Longs numbers && type.equals("long[]")) return numbers.longs();
        List<?> items = (List<?>) json;
        if (type.startsWith("List<") && type.endsWith(">")) {
            String inner = boxedToPrimitive(type.substring(5, type.length() - 1));
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) out.add(toJava(item, inner));
            return out;
        }
        if (!type.endsWith("[]")) throw new IllegalArgumentException("unsupported type " + type);
        String inner = type.substring(0, type.length() - 2);
        Object array = Array.newInstance(javaClass(inner), items.size());
        for (int i = 0; i < items.size(); i++) Array.set(array, i, toJava(items.get(i), inner));
        return array;
    }

    Object toJson(Object value, String type) throws ReflectiveOperationException {
        if (value == null) return type.equals("ListNode") || type.equals("TreeNode") ? new ArrayList<>() : null;
        switch (type) {
            case "void": return null;
            case "ListNode": return fromListNode(value);
            case "TreeNode": return fromTreeNode(value);
            case "char": return String.valueOf(value);
            default: break;
        }
        if (value.getClass().isArray()) {
            String inner = type.endsWith("[]") ? type.substring(0, type.length() - 2) : "";
            int n = Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(toJson(Array.get(value, i), inner));
            return out;
        }
        if (value instanceof Collection) {
            String inner = type.startsWith("List<") ? boxedToPrimitive(type.substring(5, type.length() - 1)) : "";
            List<Object> out = new ArrayList<>();
            for (Object item : (Collection<?>) value) out.add(toJson(item, inner));
            return out;
        }
        if (value instanceof Character) return String.valueOf(value);
        return value;
    }

    private static String boxedToPrimitive(String type) {
        switch (type) {
            case "Integer": return "int";
            case "Long": return "long";
            case "Double": return "double";
            case "Boolean": return "boolean";
            case "Character": return "char";
            default: return type;
        }
    }

    private static Number number(Object json) {
        if (!(json instanceof Number)) throw new IllegalArgumentException("expected a number, got " + show(json));
        return (Number) json;
    }

    private static long integer(Object json) {
        if (json instanceof Long) return (Long) json;
        if (json instanceof BigDecimal) {
            try {
                return ((BigDecimal) json).longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("expected an integer, got " + json);
            }
        }
        throw new IllegalArgumentException("expected an integer, got " + show(json));
    }

    static String show(Object json) {
        StringBuilder out = new StringBuilder();
        try {
            Json.write(json, out);
        } catch (IllegalArgumentException e) {
            out.append(json);
        }
        return out.length() <= 40 ? out.toString() : out.substring(0, 37) + "...";
    }

    private Object listNode(Object json) throws ReflectiveOperationException {
        if (json == null) return null;
        if (!(json instanceof List)) throw new IllegalArgumentException("expected ListNode as an array, got " + show(json));
        List<?> values = (List<?>) json;
        Class<?> cls = javaClass("ListNode");
        Constructor<?> make = cls.getDeclaredConstructor(int.class);
        make.setAccessible(true);
        Field next = field(cls, "next");
        Object head = null;
        Object tail = null;
        for (Object v : values) {
            Object node = make.newInstance(Math.toIntExact(integer(v)));
            if (head == null) head = node; else next.set(tail, node);
            tail = node;
        }
        return head;
    }

    private Object treeNode(Object json) throws ReflectiveOperationException {
        if (json == null) return null;
        if (!(json instanceof List)) throw new IllegalArgumentException("expected TreeNode as an array, got " + show(json));
        List<?> values = (List<?>) json;
        if (values.isEmpty() || values.get(0) == null) return null;
        Class<?> cls = javaClass("TreeNode");
        Constructor<?> make = cls.getDeclaredConstructor(int.class);
        make.setAccessible(true);
        Field left = field(cls, "left");
        Field right = field(cls, "right");
        Object root = make.newInstance(Math.toIntExact(integer(values.get(0))));
        Deque<Object> queue = new ArrayDeque<>();
        queue.add(root);
        int i = 1;
        while (!queue.isEmpty() && i < values.size()) {
            Object node = queue.poll();
            if (i < values.size() && values.get(i) != null) {
                Object child = make.newInstance(Math.toIntExact(integer(values.get(i))));
                left.set(node, child);
                queue.add(child);
            }
            i++;
            if (i < values.size() && values.get(i) != null) {
                Object child = make.newInstance(Math.toIntExact(integer(values.get(i))));
                right.set(node, child);
                queue.add(child);
            }
            i++;
        }
        return root;
    }

    private List<Object> fromListNode(Object node) throws ReflectiveOperationException {
        Field val = field(node.getClass(), "val");
        Field next = field(node.getClass(), "next");
        List<Object> out = new ArrayList<>();
        while (node != null) {
            out.add(val.get(node));
            node = next.get(node);
            if (out.size() > 10_000_000) throw new IllegalStateException("the returned list has a cycle");
        }
        return out;
    }

    private List<Object> fromTreeNode(Object root) throws ReflectiveOperationException {
        Field val = field(root.getClass(), "val");
        Field left = field(root.getClass(), "left");
        Field right = field(root.getClass(), "right");
        List<Object> out = new ArrayList<>();
        List<Object> level = new ArrayList<>();
        level.add(root);
        for (int i = 0; i < level.size(); i++) {
            Object node = level.get(i);
            if (node == null) {
                out.add(null);
            } else {
                out.add(val.get(node));
                level.add(left.get(node));
                level.add(right.get(node));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) out.remove(out.size() - 1);
        return out;
    }

    private static Field field(Class<?> cls, String name) throws NoSuchFieldException {
        Field f = cls.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
