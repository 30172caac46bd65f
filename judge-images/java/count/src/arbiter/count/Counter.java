package arbiter.count;

/**
 * The count of executed bytecodes, on the boot class path so that instrumented JDK classes reach it. Read by the
 * serve harness before and after a call; only the solution's thread runs instrumented code while it is counted.
 */
public final class Counter {

    /** Bytecodes executed so far (plus copied array elements / 8: System.arraycopy and clone are native). */
    public static long count;

    private Counter() {
    }

    /** Elements copied natively: a bytecode per eight (a vectorised copy moves several per cycle). */
    public static void copied(int elements) {
        count += 1 + (elements >>> 3);
    }

    /** Elements from..to copied natively (Arrays.copyOfRange). */
    public static void copiedRange(int from, int to) {
        copied(Math.max(0, to - from));
    }
}
