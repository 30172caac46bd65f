package arbiter.harness;

import java.lang.reflect.Field;
import java.util.SplittableRandom;

/**
 * Sets a SplittableRandom's state to a new one's of a given seed: the JDK gives it no setSeed, and its fields are
 * java.base's own, so they are written through sun.misc.Unsafe (its seed and gamma, both plain longs; an instance's
 * final field is read from memory by compiled code, unlike a static one). Where the JDK has no such fields, nothing is
 * written and such a generator stays unseeded.
 */
final class SplittableState {

    private static final sun.misc.Unsafe UNSAFE;
    private static final long SEED;
    private static final long GAMMA;
    /** Can a SplittableRandom's state be written on this JDK? */
    static final boolean WRITABLE;

    static {
        sun.misc.Unsafe unsafe = null;
        long seed = -1;
        long gamma = -1;
        try {
            Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
            seed = unsafe.objectFieldOffset(SplittableRandom.class.getDeclaredField("seed"));
            gamma = unsafe.objectFieldOffset(SplittableRandom.class.getDeclaredField("gamma"));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            unsafe = null;
        }
        UNSAFE = unsafe;
        SEED = seed;
        GAMMA = gamma;
        WRITABLE = unsafe != null;
    }

    private SplittableState() {
    }

    /** Gives random the state of {@code new SplittableRandom(seed)}: the same draws from here on. */
    static void reseed(SplittableRandom random, long seed) {
        if (!WRITABLE) return;
        SplittableRandom fresh = new SplittableRandom(seed);
        UNSAFE.putLong(random, GAMMA, UNSAFE.getLong(fresh, GAMMA));
        UNSAFE.putLong(random, SEED, UNSAFE.getLong(fresh, SEED));
    }
}
