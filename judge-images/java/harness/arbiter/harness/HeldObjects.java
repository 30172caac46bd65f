package arbiter.harness;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The objects a call's fresh arguments are made of, beyond arrays of numbers: linked nodes (ListNode, TreeNode) and
 * strings, in arrays, lists and a design's operations, counted up to a limit. Each is an object of its own with an
 * array or links behind it (a String of 8 characters takes about 48 bytes, six times its input text), where an int[]
 * takes less than its text. A list with a cycle (linked-list-cycle problems build one) counts as more than the limit
 * instead of forever.
 */
final class HeldObjects {

    private static final Map<Class<?>, Field[]> LINKS = new HashMap<>();

    private HeldObjects() {
    }

    static long count(Object[] arguments, long limit) throws IllegalAccessException {
        long count = 0;
        ArrayDeque<Object> todo = new ArrayDeque<>();
        for (Object a : arguments) if (a != null) todo.push(a);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o instanceof Object[] array) {
                for (Object e : array) if (e != null) todo.push(e);
                continue;
            }
            if (o instanceof Collection<?> items) {
                for (Object e : items) if (e != null) todo.push(e);
                continue;
            }
            if (o instanceof DesignRun.Ops ops) {
                todo.push(ops.constructorArguments());
                todo.push(ops.arguments());
                continue;
            }
            if (o instanceof String) {
                if (++count > limit) return count;
                continue;
            }
            Field[] links = links(o.getClass());
            if (links.length == 0) continue;
            if (++count > limit) return count;
            for (Field f : links) {
                Object next = f.get(o);
                if (next != null) todo.push(next);
            }
        }
        return count;
    }

    /** next of a ListNode, left and right of a TreeNode; none for any other class. */
    private static Field[] links(Class<?> type) {
        return LINKS.computeIfAbsent(type, t -> {
            try {
                return switch (t.getName()) {
                    case "ListNode" -> new Field[]{t.getField("next")};
                    case "TreeNode" -> new Field[]{t.getField("left"), t.getField("right")};
                    default -> new Field[0];
                };
            } catch (NoSuchFieldException e) {
                return new Field[0];
            }
        });
    }
}
