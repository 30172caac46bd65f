package arbiter.count;

import java.util.Random;

/**
 * Where a timed JVM's random numbers come from (the agent's seeds mode, Seeded): the serve harness resets the seed
 * before each timed call (with the measured round it belongs to: TimedSeeds), so a randomised solution (quickselect's
 * pivots) does the same work in that call in every fork and every rescoring, whatever the batches were. On the boot
 * class path, so that the JDK's Random, SplittableRandom, ThreadLocalRandom, Math, Collections and SecureRandom reach
 * it. One solution thread uses it.
 */
public final class Seeds {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private static long base;
    private static long made; // Randoms made since the reset
    private static long thread; // ThreadLocalRandom's seed
    private static boolean sharedStale = true;
    private static Random shared; // Math.random() and Collections.shuffle(list)

    private Seeds() {
    }

    /** Before a timed call (and before its receiver is made): the seeds of that call. */
    public static void reset(long seed) {
        base = mix(seed);
        made = 0;
        thread = base;
        sharedStale = true;
    }

    /** The seed of a new Random(): the next of this call's. */
    public static long next() {
        return mix(base + ++made * GAMMA);
    }

    /** ThreadLocalRandom's next seed (its nextSeed()), one sequence per call. */
    public static long threadSeed() {
        return thread += GAMMA;
    }

    /** The Random of Math.random() and Collections.shuffle(list), which the JDK keeps for the whole run. */
    public static Random shared() {
        if (shared == null) shared = new Random(0);
        if (sharedStale) {
            sharedStale = false;
            shared.setSeed(next());
        }
        return shared;
    }

    public static double random() {
        return shared().nextDouble();
    }

    /**
     * Every SecureRandom's bytes: from the call's shared Random, as Math.random()'s (an OS's entropy would differ per
     * run).
     */
    public static void secureBytes(byte[] bytes) {
        shared().nextBytes(bytes);
    }

    /** SecureRandom's generateSeed(n) and getSeed(n): n bytes as secureBytes. */
    public static byte[] seedBytes(int n) {
        if (n < 0) throw new IllegalArgumentException("numBytes cannot be negative");
        byte[] bytes = new byte[n];
        secureBytes(bytes);
        return bytes;
    }

    /** SplitMix64's finalizer: nearby seeds give unrelated ones. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
