package arbiter.count;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.Set;

/**
 * The agent's seeds mode, for timed JVMs: the JDK's unseeded random numbers come from Seeds, which the serve harness
 * resets before each timed call. Random() and SplittableRandom() take Seeds.next() for the seed they would have made
 * from the clock and a shared counter, ThreadLocalRandom's next seed is Seeds.threadSeed(), Math.random() and
 * Collections.shuffle(list) use Seeds.shared() for the Random they keep for the whole run, and every SecureRandom's
 * bytes (its nextInt, UUID.randomUUID()) and seeds come from Seeds.secureBytes, which takes no seed of the program's.
 * Nothing is counted; each of these bodies is replaced whole.
 */
final class Seeded {

    static final Set<String> CLASSES = Set.of("java/util/Random", "java/util/SplittableRandom",
            "java/util/concurrent/ThreadLocalRandom", "java/lang/Math", "java/util/Collections",
            "java/security/SecureRandom");

    private static final String SEEDS = "arbiter/count/Seeds";

    private Seeded() {
    }

    static byte[] transform(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        for (MethodNode m : node.methods) {
            InsnList body = body(node.name, m.name + m.desc);
            if (body == null) continue;
            m.instructions.clear();
            m.instructions.add(body);
            m.tryCatchBlocks.clear();
            m.localVariables = null;
            m.visibleLocalVariableAnnotations = null;
            m.invisibleLocalVariableAnnotations = null;
        }
        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(out);
        return out.toByteArray();
    }

    /** The new body of a method this mode replaces, or null. Straight-line code: no stack map frames needed. */
    private static InsnList body(String owner, String method) {
        InsnList body = new InsnList();
        switch (owner + "." + method) {
            case "java/util/Random.<init>()V" -> {
                body.add(new VarInsnNode(Opcodes.ALOAD, 0));
                body.add(seeds("next", "()J"));
                body.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/util/Random", "<init>", "(J)V", false));
                body.add(new InsnNode(Opcodes.RETURN));
            }
            case "java/util/SplittableRandom.<init>()V" -> {
                body.add(new VarInsnNode(Opcodes.ALOAD, 0));
                body.add(seeds("next", "()J"));
                body.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/util/SplittableRandom", "<init>", "(J)V", false));
                body.add(new InsnNode(Opcodes.RETURN));
            }
            case "java/util/concurrent/ThreadLocalRandom.nextSeed()J" -> {
                body.add(seeds("threadSeed", "()J"));
                body.add(new InsnNode(Opcodes.LRETURN));
            }
            case "java/lang/Math.random()D" -> {
                body.add(seeds("random", "()D"));
                body.add(new InsnNode(Opcodes.DRETURN));
            }
            case "java/util/Collections.shuffle(Ljava/util/List;)V" -> {
                body.add(new VarInsnNode(Opcodes.ALOAD, 0));
                body.add(seeds("shared", "()Ljava/util/Random;"));
                body.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Collections", "shuffle",
                        "(Ljava/util/List;Ljava/util/Random;)V", false));
                body.add(new InsnNode(Opcodes.RETURN));
            }
            case "java/security/SecureRandom.nextBytes([B)V",
                    "java/security/SecureRandom.nextBytes([BLjava/security/SecureRandomParameters;)V" -> {
                body.add(new VarInsnNode(Opcodes.ALOAD, 1));
                body.add(seeds("secureBytes", "([B)V"));
                body.add(new InsnNode(Opcodes.RETURN));
            }
            case "java/security/SecureRandom.generateSeed(I)[B", "java/security/SecureRandom.getSeed(I)[B" -> {
                body.add(new VarInsnNode(Opcodes.ILOAD, method.startsWith("generateSeed") ? 1 : 0));
                body.add(seeds("seedBytes", "(I)[B"));
                body.add(new InsnNode(Opcodes.ARETURN));
            }
            default -> {
                return null;
            }
        }
        return body;
    }

    private static MethodInsnNode seeds(String name, String desc) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, SEEDS, name, desc, false);
    }
}
