package arbiter.count;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Adds, at the start of every basic block of every method but intrinsic candidates, Counter.count += (the block's bytecodes), and before System.arraycopy,
 * array clone and Arrays' intrinsic object-array copies, Counter.copied(length), before the intrinsics that compare
 * two strings' bytes, what they compare, and after the intrinsics that search a string, what they searched. The added
 * code leaves stack and locals as they were (a search's arguments wait in locals above the method's own, with no branch
 * in between), so the class's stack map frames stay valid.
 */
final class Blocks {

    private static final String COUNTER = "arbiter/count/Counter";

    private Blocks() {
    }

    static byte[] instrument(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        boolean seeds = node.name.equals("java/util/Random") || node.name.equals("java/util/SplittableRandom")
                || node.name.equals("java/util/concurrent/ThreadLocalRandom");
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
            if (insn instanceof MethodInsnNode call) insn = nativeWork(m, call); // past what it added after the call
            if (type == AbstractInsnNode.JUMP_INSN || type == AbstractInsnNode.TABLESWITCH_INSN
                    || type == AbstractInsnNode.LOOKUPSWITCH_INSN || ends(insn.getOpcode())) {
                boundary = true;
            }
        }
        if (start != null) m.instructions.insertBefore(start, add(length));
    }

    /**
     * A randomised program counts alike in every run: Random() and ThreadLocalRandom seed from the clock, which here
     * reads 0 (seeds still differ from one Random to the next, as the seed uniquifier advances), and SplittableRandom()
     * from a generator whose initial seed (RandomSupport.initialSeed, from the clock) here is 0.
     */
    private static void fixedSeeds(MethodNode m) {
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode call && (call.owner.equals("java/lang/System")
                    && (call.name.equals("nanoTime") || call.name.equals("currentTimeMillis"))
                    || call.owner.equals("jdk/internal/util/random/RandomSupport") && call.name.equals("initialSeed"))) {
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
     * string comparisons String.equals and compareTo make in intrinsics cost the bytes compared, from the two arrays; a
     * Latin-1 string against a UTF-16 one is compared by Counter itself.
     */
    private static AbstractInsnNode nativeWork(MethodNode m, MethodInsnNode call) {
        InsnList list = m.instructions;
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
        } else if (stringBytes(call) && MIXED_COMPARES.contains(call.name + call.desc)) {
            call.owner = COUNTER; // answered and counted there, alike before and after the JIT compiles the caller
        } else if (stringBytes(call) && SEARCHES.containsKey(call.name + call.desc)) {
            return countSearch(m, call, call.owner.equals("java/lang/StringUTF16") ? 2 : 1, SEARCHES.get(call.name + call.desc));
        }
        return call;
    }

    /** The intrinsics that compare a Latin-1 string with a UTF-16 one (String.compareTo), which Counter answers. */
    private static final Set<String> MIXED_COMPARES = Set.of("compareToUTF16([B[B)I", "compareToLatin1([B[B)I");

    /**
     * The intrinsics that search a string (String.indexOf and contains, StringBuilder.indexOf reach them), and where
     * their search starts, ends and how long the sought is, as arguments of the call: an index, CHARS + an index for
     * the length in characters of an array argument in the owner's coder, LATIN1 + an index for one in Latin-1
     * (indexOfLatin1's sought string); NONE starts at 0, ONE is one character long.
     */
    private static final int NONE = -1, ONE = -2, CHARS = 100, LATIN1 = 200;
    private static final Map<String, int[]> SEARCHES = Map.of(
            "indexOfChar([BIII)I", new int[] {2, 3, ONE}, // (value, ch, fromIndex, max)
            "indexOf([B[B)I", new int[] {NONE, CHARS, CHARS + 1}, // (value, str)
            "indexOf([BI[BII)I", new int[] {4, 1, 3}, // (value, valueCount, str, strCount, fromIndex)
            "indexOfLatin1([B[B)I", new int[] {NONE, CHARS, LATIN1 + 1}, // (UTF-16 value, Latin-1 str)
            "indexOfLatin1([BI[BII)I", new int[] {4, 1, 3});

    /**
     * A search's bytes, counted after it from its answer: up to the end of the match it found, else to the end, a unit
     * per eight bytes as a comparison. The call's arguments are kept in locals above the method's own for the count:
     * stored and loaded back right before the call, read right after it, no branch between, so the method's stack map
     * frames, which leave those locals out, stay valid.
     */
    private static AbstractInsnNode countSearch(MethodNode m, MethodInsnNode call, int bytesPerChar, int[] where) {
        Type[] args = Type.getArgumentTypes(call.desc);
        int[] slot = new int[args.length];
        int next = m.maxLocals;
        for (int i = 0; i < args.length; i++) {
            slot[i] = next;
            next += args[i].getSize();
        }
        InsnList before = new InsnList();
        for (int i = args.length - 1; i >= 0; i--) before.add(new VarInsnNode(args[i].getOpcode(Opcodes.ISTORE), slot[i]));
        for (int i = 0; i < args.length; i++) before.add(new VarInsnNode(args[i].getOpcode(Opcodes.ILOAD), slot[i]));
        m.instructions.insertBefore(call, before);
        InsnList after = new InsnList(); // the answer is on the stack
        for (int arg : where) {
            if (arg == NONE) {
                after.add(new InsnNode(Opcodes.ICONST_0));
            } else if (arg == ONE) {
                after.add(new InsnNode(Opcodes.ICONST_1));
            } else if (arg >= LATIN1) {
                after.add(new VarInsnNode(Opcodes.ALOAD, slot[arg - LATIN1]));
                after.add(new InsnNode(Opcodes.ARRAYLENGTH));
            } else if (arg >= CHARS) {
                after.add(new VarInsnNode(Opcodes.ALOAD, slot[arg - CHARS]));
                after.add(new InsnNode(Opcodes.ARRAYLENGTH));
                if (bytesPerChar == 2) { // a UTF-16 array holds two bytes a character
                    after.add(new InsnNode(Opcodes.ICONST_1));
                    after.add(new InsnNode(Opcodes.ISHR));
                }
            } else {
                after.add(new VarInsnNode(Opcodes.ILOAD, slot[arg]));
            }
        }
        after.add(new InsnNode(bytesPerChar == 2 ? Opcodes.ICONST_2 : Opcodes.ICONST_1));
        MethodInsnNode counted = new MethodInsnNode(Opcodes.INVOKESTATIC, COUNTER, "searched", "(IIIII)I", false);
        after.add(counted);
        m.instructions.insert(call, after);
        m.maxLocals = Math.max(m.maxLocals, next);
        return counted;
    }

    /** A call of the string intrinsics of StringLatin1 or StringUTF16 (String.equals, compareTo, indexOf reach them). */
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
