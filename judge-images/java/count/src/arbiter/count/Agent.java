package arbiter.count;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts executed bytecodes: every basic block of the solution's classes and of the JDK's collections, strings,
 * boxes and math adds its length to {@link Counter#count} when it starts (Blocks). Classes the JVM loaded before the
 * agent (HashMap, String, ...) are retransformed. Methods the JIT may replace by intrinsics are left uncounted (Blocks),
 * so a count does not depend on what was compiled when: the JVM may compile as usual. The JDK's classes come
 * instrumented from the image (Precounted) where it has them for this runtime.
 * Usage: java -Xbootclasspath/a:count.jar -javaagent:count.jar[=precounted.bin] ... (counting), or
 * -javaagent:count.jar=seeds:preseeded.bin (timed: Seeded).
 */
public final class Agent {

    private Agent() {
    }

    /** Agent argument of the seeds mode (timed JVMs), before the path of the JDK's classes seeded at the image's build. */
    static final String SEEDS_MODE = "seeds:";

    /**
     * args: the path of the JDK's classes instrumented when the image was built (Precounted), if any; or, in timed JVMs,
     * "seeds:" and the path of the classes Seeded rewrote then: nothing is counted, random numbers come from Seeds.
     */
    public static void premain(String args, Instrumentation inst) {
        boolean seeds = args != null && args.startsWith(SEEDS_MODE);
        Precounted precounted = Precounted.open(seeds ? args.substring(SEEDS_MODE.length()) : args);
        // read before the transformer is added: loading Seeded from inside it was a class circularity error
        Set<String> seeded = seeds ? Seeded.CLASSES : null;
        ClassFileTransformer transformer = new ClassFileTransformer() {
            @Override
            public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
                if (name == null || !transformed(seeded, loader, name)) return null;
                byte[] done = jdk(loader) ? precounted.get(name) : null;
                if (done != null) return done;
                try {
                    return seeds ? Seeded.transform(bytes) : Blocks.instrument(bytes);
                } catch (Throwable t) {
                    return null; // a class too large to instrument runs uncounted
                }
            }
        };
        inst.addTransformer(transformer, true);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (!c.isArray() && !c.isPrimitive() && inst.isModifiableClass(c)
                    && transformed(seeded, c.getClassLoader(), c.getName().replace('.', '/'))) {
                loaded.add(c);
            }
        }
        // at once: each call is a pause of the whole VM of its own, and 174 one after the other took 280 ms of every
        // counting JVM's start; one at a time only where the whole set is refused, so that one class cannot leave the
        // others uncounted
        try {
            inst.retransformClasses(loaded.toArray(new Class<?>[0]));
        } catch (Throwable all) {
            for (Class<?> c : loaded) {
                try {
                    inst.retransformClasses(c);
                } catch (Throwable t) {
                    // left uncounted
                }
            }
        }
    }

    /** seeded: the classes of the seeds mode, or null when counting. */
    private static boolean transformed(Set<String> seeded, ClassLoader loader, String name) {
        return seeded != null ? loader == null && seeded.contains(name) : counted(loader, name);
    }

    private static boolean jdk(ClassLoader loader) {
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }

    /** JDK classes whose bytecode is the solution's work (collections, sorting, strings, boxes, math). */
    private static final String[] JDK = {"java/util/", "java/math/", "java/lang/String", "java/lang/AbstractStringBuilder",
            "java/lang/StringBuilder", "java/lang/StringLatin1", "java/lang/StringUTF16", "java/lang/StringConcatHelper",
            "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte", "java/lang/Character",
            "java/lang/Boolean", "java/lang/Double", "java/lang/Float", "java/lang/Math", "java/lang/Iterable",
            "java/lang/CharSequence", "jdk/internal/util/ArraysSupport"};

    static boolean counted(ClassLoader loader, String name) {
        if (name.startsWith("arbiter/") || name.startsWith("org/objectweb/asm/")) return false;
        if (!jdk(loader)) return !name.startsWith("java/") && !name.startsWith("jdk/");
        for (String prefix : JDK) {
            if (name.startsWith(prefix)) return !name.startsWith("java/util/jar/") && !name.startsWith("java/util/zip/");
        }
        return false;
    }
}
