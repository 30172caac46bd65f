package arbiter.harness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader and writer: objects are Maps, arrays Lists, numbers Long (integers up to 18 digits) or BigDecimal. */
final class Json {

    // characters, not the String: String.charAt is counted work in a counting JVM (judge-images/java/count), and
    // reading a score's inputs through it took half a second there
    private final char[] text;
    private int pos;
    private long integer; // the value plainInteger() read

    private Json(String text) {
        this.text = text.toCharArray();
    }

    static Object parse(String text) {
        Json json = new Json(text);
        json.skip();
        Object value = json.value();
        json.skip();
        if (json.pos != json.text.length) throw json.error("unexpected trailing text");
        return value;
    }

    private Object value() {
        if (pos >= text.length) throw error("unexpected end");
        char c = text[pos];
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skip();
        if (peek() == '}') { pos++; return map; }
        while (true) {
            skip();
            String key = string();
            skip();
            expect(':');
            skip();
            map.put(key, value());
            skip();
            if (peek() == ',') { pos++; continue; }
            expect('}');
            return map;
        }
    }

    /** Integers go straight into a long[] while the array holds nothing else (the usual large input). */
    private List<Object> array() {
        pos++;
        skip();
        if (peek() == ']') { pos++; return new ArrayList<>(); }
        long[] integers = new long[16];
        int count = 0;
        List<Object> list = null; // from the first element that is not a plain integer on
        while (true) {
            skip();
            if (list == null && plainInteger()) {
                if (count == integers.length) integers = Arrays.copyOf(integers, 2 * count);
                integers[count++] = integer;
            } else {
                if (list == null) {
                    list = new ArrayList<>(count + 16);
                    for (int i = 0; i < count; i++) list.add(integers[i]);
                }
                list.add(value());
            }
            skip();
            if (peek() == ',') { pos++; continue; }
            expect(']');
            return list == null ? new Longs(Arrays.copyOf(integers, count)) : compact(list);
        }
    }

    /**
     * An optional minus and digits, at most 18 characters, ending where number() would end: read into
     * {@link #integer}, as number() would read them; false (nothing read) for anything else, which number() reads.
     */
    private boolean plainInteger() {
        int at = pos;
        boolean negative = at < text.length && text[at] == '-';
        if (negative) at++;
        long value = 0;
        int digits = 0;
        while (at < text.length && text[at] >= '0' && text[at] <= '9') {
            value = 10 * value + (text[at++] - '0');
            digits++;
        }
        if (digits == 0 || at - pos > 18) return false;
        if (at < text.length && (text[at] == '.' || text[at] == 'e' || text[at] == 'E' || text[at] == '+' || text[at] == '-')) {
            return false;
        }
        integer = negative ? -value : value;
        pos = at;
        return true;
    }

    /** An array of integers as one long[] ({@link Longs}), any other array as it is. */
    private static List<Object> compact(List<Object> list) {
        long[] values = new long[list.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(list.get(i) instanceof Long value)) return list;
            values[i] = value;
        }
        return new Longs(values);
    }

    /**
     * A parsed array of integers, read-only: one object to the garbage collector instead of one per number. A judge
     * server holds its inputs for the whole measurement, and collects before every timed batch (Serve), which took
     * 6-7 ms per batch over 350,000 boxed numbers.
     */
    static final class Longs extends java.util.AbstractList<Object> implements java.util.RandomAccess {
        private final long[] values;

        private Longs(long[] values) {
            this.values = values;
        }

        /** As an int[] (fresh), or ArithmeticException when a number does not fit. */
        int[] ints() {
            int[] out = new int[values.length];
            for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(values[i]);
            return out;
        }

        /** As a long[] (fresh). */
        long[] longs() {
            return values.clone();
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length) throw error("unterminated string");
            char c = text[pos++];
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            if (pos >= text.length) throw error("unterminated string");
            char e = text[pos++];
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    if (pos + 4 > text.length) throw error("bad \\u escape");
                    sb.append((char) Integer.parseInt(new String(text, pos, 4), 16));
                    pos += 4;
                    break;
                case '"': case '\\': case '/': sb.append(e); break;
                default: throw error("bad escape \\" + e);
            }
        }
    }

    private Object literal(String word, Object value) {
        if (pos + word.length() > text.length) throw error("bad literal");
        for (int i = 0; i < word.length(); i++) {
            if (text[pos + i] != word.charAt(i)) throw error("bad literal");
        }
        pos += word.length();
        return value;
    }

    private Number number() {
        int start = pos;
        boolean integral = true;
        while (pos < text.length && "+-0123456789.eE".indexOf(text[pos]) >= 0) {
            char c = text[pos++];
            if (c == '.' || c == 'e' || c == 'E') integral = false;
        }
        if (start == pos) throw error("unexpected character '" + text[pos] + "'");
        String digits = new String(text, start, pos - start);
        try {
            if (integral && pos - start <= 18) return Long.parseLong(digits);
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw error("bad number " + digits);
        }
    }

    /** Character.isWhitespace, without calling it for ASCII (a counting JVM counts Character's work). */
    private static boolean whitespace(char c) {
        if (c >= 128) return Character.isWhitespace(c);
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }

    private char peek() {
        return pos < text.length ? text[pos] : '\0';
    }

    private void expect(char c) {
        if (peek() != c) throw error("expected '" + c + "'");
        pos++;
    }

    private void skip() {
        while (pos < text.length && whitespace(text[pos])) pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("bad JSON at " + pos + ": " + message);
    }

    static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            quote((String) value, out);
        } else if (value instanceof Character) {
            quote(String.valueOf(value), out);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("the result is " + d);
            out.append(d);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) out.append(',');
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) out.append(',');
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName());
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        out.append('"');
    }
}
