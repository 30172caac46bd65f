package arbiter.harness;

import arbiter.count.Seeds;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The random numbers of timed calls, as in the Python judge: a call makes the same draws in every fork and every
 * rescoring, whatever the batches were, seeded with the round interleave names (every call of measured round r) or
 * else with the number of calls timed on its input before it. With the counting agent's seeds mode (Seeded), the JDK's
 * unseeded generators (new Random(), ThreadLocalRandom, Math.random(), Collections.shuffle, every SecureRandom) draw
 * from Seeds, reset here before each receiver is made and before each call; a Random or SplittableRandom the solution
 * keeps in a static field is given a seed of its own before each call (a SplittableRandom has no setSeed: its state is
 * set as a new one's of that seed). Unseeded, java-quickselect's forks drew their pivots apart, and two of ten scores came out
 * 5.5 % low (docs/BENCHMARKS.md). Without the agent (a JVM started otherwise) nothing is seeded.
 */
final class TimedSeeds {

    private final boolean seeded; // Seeds is on the boot class path (else a call to it would not link)
    private final List<MethodHandle> kept; // getters of the solution's static Random and SplittableRandom fields

    private TimedSeeds(boolean seeded, List<MethodHandle> kept) {
        this.seeded = seeded;
        this.kept = kept;
    }

    /** For the solution in solution's class directory; after its first call, so that its classes are initialised. */
    static TimedSeeds find(Class<?> solution) {
        try {
            Class.forName("arbiter.count.Seeds", true, null);
            return new TimedSeeds(true, keptRandoms(solution));
        } catch (ReflectiveOperationException | LinkageError e) {
            return new TimedSeeds(false, List.of());
        }
    }

    /** Before the receiver of a timed call of that seed is made (its fields' Randoms). */
    void beforeReceiver(long seed) {
        if (seeded) Seeds.reset(2 * seed);
    }

    /** Right before a timed call of that seed. */
    void beforeCall(long seed) throws Throwable {
        if (!seeded) return;
        Seeds.reset(2 * seed + 1);
        for (MethodHandle getter : kept) {
            Object random = getter.invoke();
            if (random instanceof SplittableRandom splittable) {
                SplittableState.reseed(splittable, Seeds.next());
            } else if (random != null && reseedable(random.getClass())) {
                ((Random) random).setSeed(Seeds.next());
            }
        }
    }

    /** ThreadLocalRandom refuses a seed and SecureRandom adds one to its own: both draw from Seeds already (Seeded). */
    private static boolean reseedable(Class<?> type) {
        return Random.class.isAssignableFrom(type) && !java.util.concurrent.ThreadLocalRandom.class.isAssignableFrom(type)
                && !java.security.SecureRandom.class.isAssignableFrom(type);
    }

    /** The static Random fields of the classes compiled beside the solution (its class directory). */
    private static List<MethodHandle> keptRandoms(Class<?> solution) {
        List<MethodHandle> out = new ArrayList<>();
        Path root;
        try {
            root = Path.of(solution.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception | LinkageError e) {
            return out;
        }
        if (!Files.isDirectory(root)) return out;
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f).toString())
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
        } catch (java.io.IOException e) {
            return out;
        }
        for (String name : names) {
            try {
                for (Field field : Class.forName(name, false, solution.getClassLoader()).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && (Random.class.isAssignableFrom(field.getType())
                            || field.getType() == SplittableRandom.class && SplittableState.WRITABLE)) {
                        Class.forName(name, true, solution.getClassLoader()); // its initialiser runs here, not in a timed call
                        field.setAccessible(true);
                        out.add(MethodHandles.lookup().unreflectGetter(field));
                    }
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // a class that cannot be loaded keeps its fields as they are
            }
        }
        return out;
    }
}
