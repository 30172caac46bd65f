package arbiter.count;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.HashSet;
import java.util.Set;

/**
 * Adds, at the start of every basic block of every method but intrinsic candidates, Counter.count += (the block's bytecodes), and before System.arraycopy,
 * array clone and Arrays' intrinsic object-array copies, Counter.copied(length), and before the intrinsics that compare
 * two strings' bytes, what they compare. The added code leaves stack and locals as they were, so the class's
 * stack map frames stay valid.
 */
final class Blocks {

    private static final String COUNTER = "arbiter/count/Counter";

    private Blocks() {
    }

    static byte[] instrument(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        boolean seeds = node.name.equals("java/util/Random") || node.name.equals("java/util/concurrent/ThreadLocalRandom");
        Set<String> shadowed = shadowedByIntrinsics(node);
        for (MethodNode m : node.methods) {
            if (seeds) fixedSeeds(m);
            if (m.instructions.size() > 0 && !intrinsic(m) && !shadowed.contains(m.name + m.desc)) method(m);
        }
        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(out);
        return out.toByteArray();
    }

    /**
     * A method the JIT may replace by an intrinsic (String.equals, Math.max, Arrays.copyOf, Integer.valueOf) runs
     * uncounted, like a native one: counted only while interpreted, it would count differently before and after
     * compilation.
     */
    private static boolean intrinsic(MethodNode m) {
        if (m.visibleAnnotations == null) return false;
        return m.visibleAnnotations.stream().anyMatch(a -> a.desc.equals("Ljdk/internal/vm/annotation/IntrinsicCandidate;"));
    }

    /**
     * The methods of the class that an intrinsic candidate's body calls (StringLatin1.compareTo(byte[], byte[]) hands its
     * loop to its four-argument form): they run only while the intrinsic is not yet replaced, so they run uncounted too.
     * Counted, sorting strings counted their comparisons byte by byte until the JIT compiled String.compareTo, and none
     * after. Their own callees are counted as anywhere else.
     */
    private static Set<String> shadowedByIntrinsics(ClassNode node) {
        Set<String> out = new HashSet<>();
        for (MethodNode m : node.methods) {
            if (!intrinsic(m)) continue;
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn instanceof MethodInsnNode call && call.owner.equals(node.name)) out.add(call.name + call.desc);
            }
        }
        return out;
    }

    private static void method(MethodNode m) {
        AbstractInsnNode start = null; // the first real instruction of the current block
        int length = 0;
        boolean boundary = true;
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            int type = insn.getType();
            if (type == AbstractInsnNode.LABEL) {
                boundary = true;
                continue;
            }
            if (insn.getOpcode() < 0) continue; // line numbers and frames
            if (boundary) {
                if (start != null) m.instructions.insertBefore(start, add(length));
                start = insn;
                length = 0;
                boundary = false;
            }
            length++;
            if (insn instanceof MethodInsnNode call) nativeWork(m.instructions, call);
            if (type == AbstractInsnNode.JUMP_INSN || type == AbstractInsnNode.TABLESWITCH_INSN
                    || type == AbstractInsnNode.LOOKUPSWITCH_INSN || ends(insn.getOpcode())) {
                boundary = true;
            }
        }
        if (start != null) m.instructions.insertBefore(start, add(length));
    }

    /**
     * A randomised program counts alike in every run: Random() and ThreadLocalRandom seed from the clock, which here
     * reads 0 (seeds still differ from one Random to the next, as the seed uniquifier advances).
     */
    private static void fixedSeeds(MethodNode m) {
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode call && call.owner.equals("java/lang/System")
                    && (call.name.equals("nanoTime") || call.name.equals("currentTimeMillis"))) {
                InsnNode zero = new InsnNode(Opcodes.LCONST_0);
                m.instructions.set(call, zero);
                insn = zero;
            }
        }
    }

    private static boolean ends(int opcode) {
        return (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) || opcode == Opcodes.ATHROW;
    }

    /**
     * Native copies cost their length: counted before the call, from the length on the stack. The object-array copies
     * of Arrays are intrinsic candidates, so their own bodies run uncounted; a call to them counts the elements it copies
     * (`new ArrayList<>(list)` and `list.toArray()` reach them through Arrays.copyOf(T[], int), which is counted). The
     * string comparisons String.equals and compareTo make in intrinsics cost the bytes compared, from the two arrays.
     */
    private static void nativeWork(InsnList list, MethodInsnNode call) {
        boolean arrays = call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals("java/util/Arrays");
        if (call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals("java/lang/System") && call.name.equals("arraycopy")) {
            countBefore(list, call, "copied", "(I)V", Opcodes.DUP);
        } else if (arrays && call.name.equals("copyOf") && call.desc.equals("([Ljava/lang/Object;ILjava/lang/Class;)[Ljava/lang/Object;")) {
            // (original, newLength, newType): the length from under the class
            countBefore(list, call, "copied", "(I)V", Opcodes.SWAP, Opcodes.DUP_X1);
        } else if (arrays && call.name.equals("copyOfRange")
                && call.desc.equals("([Ljava/lang/Object;IILjava/lang/Class;)[Ljava/lang/Object;")) {
            // (original, from, to, newType): the class is moved under the two ints (DUP_X2, POP), they are copied and
            // counted (DUP2), and the class is moved back on top (DUP2_X1, POP2 after the count); no new local, so the
            // method's stack map frames stay as they are
            countBefore(list, call, "copiedRange", "(II)V", Opcodes.DUP_X2, Opcodes.POP, Opcodes.DUP2);
            InsnList after = new InsnList();
            after.add(new InsnNode(Opcodes.DUP2_X1));
            after.add(new InsnNode(Opcodes.POP2));
            list.insertBefore(call, after);
        } else if (call.owner.startsWith("[") && call.name.equals("clone")) {
            countBefore(list, call, "copied", "(I)V", Opcodes.DUP, Opcodes.ARRAYLENGTH);
        } else if (stringBytes(call) && call.name.equals("equals") && call.desc.equals("([B[B)Z")) {
            countBefore(list, call, "comparedEqual", "([B[B)V", Opcodes.DUP2);
        } else if (stringBytes(call) && call.name.equals("compareTo") && call.desc.equals("([B[B)I")) {
            countBefore(list, call, "comparedOrder", "([B[B)V", Opcodes.DUP2);
        }
    }

    /**
     * A call of the intrinsics that compare two strings of one coder byte by byte (String.equals and compareTo reach them;
     * a Latin-1 string against a UTF-16 one, rare, stays uncounted).
     */
    private static boolean stringBytes(MethodInsnNode call) {
        return call.getOpcode() == Opcodes.INVOKESTATIC
                && (call.owner.equals("java/lang/StringLatin1") || call.owner.equals("java/lang/StringUTF16"));
    }

    /** Before the call: the stack moves that leave the counted values on top, then Counter.method(those values). */
    private static void countBefore(InsnList list, MethodInsnNode call, String method, String desc, int... stackMoves) {
        InsnList before = new InsnList();
        for (int move : stackMoves) before.add(new InsnNode(move));
        before.add(new MethodInsnNode(Opcodes.INVOKESTATIC, COUNTER, method, desc, false));
        list.insertBefore(call, before);
    }

    private static InsnList add(int length) {
        InsnList out = new InsnList();
        out.add(new FieldInsnNode(Opcodes.GETSTATIC, COUNTER, "count", "J"));
        out.add(new LdcInsnNode((long) length));
        out.add(new InsnNode(Opcodes.LADD));
        out.add(new FieldInsnNode(Opcodes.PUTSTATIC, COUNTER, "count", "J"));
        return out;
    }
}
