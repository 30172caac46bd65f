package arbiter.count;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JDK's counted classes, instrumented once when the judge image is built (main) and read by the agent at its
 * start (load). Instrumenting them in each counting JVM took 0.5-0.8 s of a cold ASM for the 170 classes retransformed
 * at start; the JVM's own part of the retransformation is under 0.1 s. The file belongs to one JDK build: another
 * runtime's classes are instrumented as before.
 *
 * File: the runtime version (UTF), then per class its internal name (UTF), length and instrumented bytes; a name
 * of "" ends it.
 */
public final class Precounted {

    private Precounted() {
    }

    /** Instrumented bytes by internal class name; empty when the file is missing, unreadable or of another JDK. */
    static Map<String, byte[]> load(String path) {
        Map<String, byte[]> out = new HashMap<>();
        if (path == null || path.isEmpty()) return out;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(path), 1 << 16))) {
            if (!in.readUTF().equals(Runtime.version().toString())) return out;
            for (String name = in.readUTF(); !name.isEmpty(); name = in.readUTF()) {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                out.put(name, bytes);
            }
            return out;
        } catch (IOException e) {
            return new HashMap<>();
        }
    }

    /**
     * Writes every class of this runtime's image that the agent counts, instrumented, to args[0]; with --check FILE,
     * prints how many classes FILE has for this runtime (0: the agent would instrument them itself).
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--check")) {
            System.out.println(load(args[1]).size());
            return;
        }
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        int classes = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[0]), 1 << 16));
             Stream<Path> files = Files.walk(jrt.getPath("/modules"))) {
            out.writeUTF(Runtime.version().toString());
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                // /modules/java.base/java/util/HashMap.class
                List<String> parts = java.util.Arrays.asList(file.toString().split("/", 4));
                String name = parts.get(3).substring(0, parts.get(3).length() - ".class".length());
                if (!Agent.counted(null, name) || name.equals("module-info")) continue;
                byte[] instrumented;
                try {
                    instrumented = Blocks.instrument(Files.readAllBytes(file));
                } catch (RuntimeException e) {
                    continue; // as at run time: a class too large to instrument runs uncounted
                }
                out.writeUTF(name);
                out.writeInt(instrumented.length);
                out.write(instrumented);
                classes++;
            }
            out.writeUTF("");
        }
        System.out.println("precounted " + classes + " classes of " + Runtime.version());
    }
}
