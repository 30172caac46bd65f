package arbiter.count;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JDK's counted classes, instrumented once when the judge image is built (main) and read by the agent (open,
 * get). Instrumenting them in each counting JVM took 0.5-0.8 s of a cold ASM for the 170 classes retransformed at its
 * start; the JVM's own part of the retransformation, all in one call (Agent), is about 0.14 s. Only the index stays in memory (the counting JVM's
 * heap is the problem's memory); a class's bytes are read when it is transformed. The file belongs to one JDK
 * build: on another runtime the agent instruments the classes itself, as before.
 *
 * File: the runtime version (UTF), where the classes' bytes start (long), the number of classes (int), per class its
 * internal name (UTF) and length (int), then the bytes of each in that order.
 */
public final class Precounted {

    private static final Precounted NONE = new Precounted(null, Map.of());

    private final FileChannel file;
    private final Map<String, long[]> where; // offset, length

    private Precounted(FileChannel file, Map<String, long[]> where) {
        this.file = file;
        this.where = where;
    }

    /** The file's index, when it is there, readable and of this runtime; else none (every get answers null). */
    static Precounted open(String path) {
        if (path == null || path.isEmpty()) return NONE;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(path), 1 << 16))) {
            if (!in.readUTF().equals(Runtime.version().toString())) return NONE;
            long offset = in.readLong();
            int classes = in.readInt();
            Map<String, long[]> where = new HashMap<>(2 * classes);
            for (int i = 0; i < classes; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                where.put(name, new long[] {offset, length});
                offset += length;
            }
            Precounted precounted = new Precounted(FileChannel.open(Path.of(path), StandardOpenOption.READ), where);
            // one read now, before the transformer is added: the classes a read loads are then loaded already and
            // retransformed with the others; first loaded while a class was being transformed, one of them escaped
            // instrumentation (counts came out 26 bytecodes per call below the agent's own, test_java_counting.py)
            if (classes > 0) precounted.get(where.keySet().iterator().next());
            return precounted;
        } catch (IOException e) {
            return NONE;
        }
    }

    int size() {
        return where.size();
    }

    /** The class's instrumented bytes, or null (not precounted, or unreadable: then instrumented as before). */
    byte[] get(String name) {
        long[] at = where.get(name);
        if (at == null) return null;
        ByteBuffer bytes = ByteBuffer.allocate((int) at[1]);
        try {
            while (bytes.hasRemaining()) {
                if (file.read(bytes, at[0] + bytes.position()) < 0) return null;
            }
        } catch (IOException e) {
            return null;
        }
        return bytes.array();
    }

    /**
     * Writes every class of this runtime's image that the agent counts, instrumented, to args[0]; with --seeds FILE, the
     * classes the seeds mode rewrites (Seeded) to FILE; with --check FILE, prints how many classes FILE has for this
     * runtime (0: the agent would instrument them itself).
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--check")) {
            System.out.println(open(args[1]).size());
            return;
        }
        boolean seeds = args[0].equals("--seeds");
        String target = seeds ? args[1] : args[0];
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<String> names = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(jrt.getPath("/modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String path = file.toString(); // /modules/java.base/java/util/HashMap.class
                String name = path.substring(path.indexOf('/', "/modules/".length()) + 1, path.length() - ".class".length());
                if (name.equals("module-info") || !(seeds ? Seeded.CLASSES.contains(name) : Agent.counted(null, name))) continue;
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    bodies.add(seeds ? Seeded.transform(bytes) : Blocks.instrument(bytes));
                    names.add(name);
                } catch (RuntimeException e) {
                    // as at run time: a class too large to instrument runs uncounted
                }
            }
        }
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(index);
        entries.writeInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            entries.writeUTF(names.get(i));
            entries.writeInt(bodies.get(i).length);
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        DataOutputStream version = new DataOutputStream(head);
        version.writeUTF(Runtime.version().toString());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(Path.of(target)))) {
            out.write(head.toByteArray());
            out.writeLong(head.size() + 8L + index.size());
            out.write(index.toByteArray());
            for (byte[] body : bodies) out.write(body);
        }
        System.out.println((seeds ? "preseeded " : "precounted ") + names.size() + " classes of " + Runtime.version());
    }
}
