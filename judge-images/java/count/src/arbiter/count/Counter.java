package arbiter.count;

/**
 * The count of executed bytecodes, on the boot class path so that instrumented JDK classes reach it. Read by the
 * serve harness before and after a call; only the solution's thread runs instrumented code while it is counted.
 */
public final class Counter {

    /**
     * Bytecodes executed so far, plus a bytecode per eight elements that native code copied (System.arraycopy, clone) or
     * string bytes that an intrinsic compared (String.equals, String.compareTo).
     */
    public static long count;

    /** Where a UTF-16 string's array holds each character's low and high byte. */
    private static final int LOW = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? 0 : 1;
    private static final int HIGH = 1 - LOW;

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

    /**
     * Two strings' bytes compared for equality by StringLatin1/StringUTF16.equals, an intrinsic: the bytes up to the first
     * that differs, when the lengths agree (else none), a bytecode per eight as a copy.
     */
    public static void comparedEqual(byte[] a, byte[] b) {
        count += 1 + ((a.length == b.length ? sameBytes(a, b) : 0) >>> 3);
    }

    /** Two strings' bytes compared for order by StringLatin1/StringUTF16.compareTo, an intrinsic: up to the first that differs. */
    public static void comparedOrder(byte[] a, byte[] b) {
        count += 1 + (sameBytes(a, b) >>> 3);
    }

    /**
     * StringLatin1.compareToUTF16 in a count, whose calls the agent sends here: a Latin-1 string compared for order with
     * a UTF-16 one. The JDK's is an intrinsic whose Java body counts StringLatin1.getChar per character until the JIT
     * replaces it, and nothing after. Here it costs the characters up to the first that differs, two bytes each as in a
     * UTF-16 comparison, whether compiled or not; the answer is the JDK's.
     */
    public static int compareToUTF16(byte[] latin1, byte[] utf16) {
        int len1 = latin1.length, len2 = utf16.length >> 1, n = Math.min(len1, len2);
        int i = 0;
        while (i < n && (latin1[i] & 0xff) == utf16Char(utf16, i)) i++;
        count += 1 + ((2L * i) >>> 3);
        return i < n ? (latin1[i] & 0xff) - utf16Char(utf16, i) : len1 - len2;
    }

    /** StringUTF16.compareToLatin1 in a count: as the JDK's, the other way round of {@link #compareToUTF16}. */
    public static int compareToLatin1(byte[] utf16, byte[] latin1) {
        return -compareToUTF16(latin1, utf16);
    }

    /** A UTF-16 string's i-th character (StringUTF16 keeps its characters in the platform's byte order). */
    private static int utf16Char(byte[] utf16, int i) {
        return ((utf16[2 * i + HIGH] & 0xff) << 8) | (utf16[2 * i + LOW] & 0xff);
    }

    /**
     * A string searched by an intrinsic (String.indexOf, contains) from from to end (characters), for needle characters:
     * up to the end of the match it found, else to the end, in bytes, a unit per eight as a comparison. Answers found.
     */
    public static int searched(int found, int from, int end, int needle, int bytesPerChar) {
        long chars = (found >= 0 ? found + needle : end) - (long) from;
        count += 1 + ((Math.max(0, chars) * bytesPerChar) >>> 3);
        return found;
    }

    /** How many bytes a and b begin with alike (a plain loop: this class runs uncounted). */
    private static int sameBytes(byte[] a, byte[] b) {
        int n = a.length < b.length ? a.length : b.length;
        int i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }
}
