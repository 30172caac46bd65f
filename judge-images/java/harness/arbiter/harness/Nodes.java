package arbiter.harness;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The linked nodes (ListNode, TreeNode) in a call's fresh arguments, arrays of them included, counted up to a limit:
 * a list with a cycle (linked-list-cycle problems build one) counts as more than the limit instead of forever.
 */
final class Nodes {

    private static final Map<Class<?>, Field[]> LINKS = new HashMap<>();

    private Nodes() {
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
