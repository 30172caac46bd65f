package arbiter.harness;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runner's worker for Java (judge-images/README.md, "The runner"): one JVM compiles the solution in memory and
 * then runs every test on command, each with the candidate's classes loaded afresh (no static state carries over
 * from one test to the next) on a thread of its own.
 * <pre>
 * java ... arbiter.harness.Worker SPEC SOURCE           fd 3: replies, fd 4: commands
 *   -> "ready" (or "failed", javac's diagnostics on stderr, exit 1)
 *   <- "test NONCE LENGTH" and the test's input
 *   -> "done NONCE CODE LENGTH RETIRING" and the result's JSON (CODE as Main's exit codes; RETIRING 1 when this
 *      worker runs no further test)
 * java ... arbiter.harness.Worker --compile SOURCE DIR  compiles to class files (stdio programs), exit 0 or 1
 * </pre>
 * The nonce is known only to the runner and this class, so a program writing to fd 3 cannot pass for the harness.
 * When a test leaves threads running or ran out of memory, the worker answers and then exits; the runner starts a
 * fresh one for the next test.
 */
public final class Worker {

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--compile")) {
            System.exit(compileTo(Path.of(args[1]), Path.of(args[2])));
        }
        if (args.length == 1 && args[0].equals("--train")) {
            train();
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: arbiter.harness.Worker SPEC SOURCE | --compile SOURCE DIR");
            System.exit(Main.EXIT_HARNESS);
        }
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8));
        OutputStream replies = new FileOutputStream("/proc/self/fd/3");
        // buffered: FileInputStream.readNBytes tries to seek, which a pipe refuses
        InputStream commands = new java.io.BufferedInputStream(new FileInputStream("/proc/self/fd/4"), 1 << 16);
        Map<?, ?> spec;
        Compile.Result compiled;
        try {
            spec = Main.checkSpec(Json.parse(Files.readString(Path.of(args[0]))));
            compiled = Compile.source(Path.of(args[1]));
        } catch (Exception e) {
            System.err.println("harness: bad spec or source: " + e.getMessage());
            reply(replies, "failed\n");
            System.exit(Main.EXIT_HARNESS);
            return;
        }
        if (!compiled.ok()) {
            System.err.println(compiled.diagnostics());
            System.err.flush();
            reply(replies, "failed\n");
            System.exit(Main.EXIT_EXCEPTION);
        }
        reply(replies, "ready\n");
        serve(spec, compiled.classes(), commands, replies);
    }

    private static void serve(Map<?, ?> spec, Map<String, byte[]> classes, InputStream commands, OutputStream replies)
            throws Exception {
        byte[] header = new byte[96];
        for (int test = 0; ; test++) {
            int length = readLine(commands, header);
            if (length < 0) System.exit(0);
            // "test NONCE LENGTH", parsed without making strings: the nonce must not be left on the heap
            long nonce = 0;
            int size = 0;
            int i = 5;
            boolean wellFormed = length > 5 && header[0] == 't' && header[1] == 'e' && header[2] == 's'
                    && header[3] == 't' && header[4] == ' ';
            for (; wellFormed && i < length && header[i] != ' '; i++) nonce = nonce * 10 + digit(header[i]);
            for (i++; wellFormed && i < length; i++) size = size * 10 + digit(header[i]);
            Arrays.fill(header, (byte) 0);
            if (!wellFormed || nonce < 0 || size < 0) {
                System.err.println("harness: unexpected command");
                System.exit(Main.EXIT_HARNESS);
            }
            byte[] input = commands.readNBytes(size);
            List<String> lines = new ArrayList<>();
            for (String line : new String(input, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) lines.add(line);
            }
            input = null;
            resetPeakMemory();
            Set<Thread> before = threads();
            ThreadGroup group = new ThreadGroup("test-" + test);
            StringBuilder json = new StringBuilder();
            int code = Main.execute(spec, lines, new Compile.Loader(classes, Worker.class.getClassLoader()), json, group);
            System.out.flush();
            System.err.flush();
            byte[] result = code == 0 ? json.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
            boolean leftBehind = group.activeCount() > 0 || !before.containsAll(threads());
            boolean retiring = leftBehind || code == Main.EXIT_MEMORY;
            reply(replies, "done " + nonce + " " + code + " " + result.length + " " + (retiring ? 1 : 0) + "\n", result);
            nonce = 0;
            if (retiring) System.exit(0);
        }
    }

    private static int compileTo(Path source, Path dir) throws IOException {
        Compile.Result compiled = Compile.source(source);
        if (!compiled.ok()) {
            System.err.println(compiled.diagnostics());
            return Main.EXIT_EXCEPTION;
        }
        for (var c : compiled.classes().entrySet()) {
            Path file = dir.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue());
        }
        return 0;
    }

    /**
     * What a worker does, once, to record the classes it loads in the image's class-data archive
     * (-XX:ArchiveClassesAtExit, judge-images/java/Dockerfile): compile a solution, run a test of it.
     */
    private static void train() throws Exception {
        Path dir = Files.createTempDirectory("train");
        Path source = dir.resolve("Solution.java");
        Files.writeString(source, "import java.util.*;class Solution { public int[] twoSum(int[] nums, int target) {"
                + " Map<Integer, Integer> seen = new HashMap<>(); for (int i = 0; i < nums.length; i++) {"
                + " Integer j = seen.get(target - nums[i]); if (j != null) return new int[]{j, i};"
                + " seen.put(nums[i], i); } return new int[0]; } }");
        Compile.Result compiled = Compile.source(source);
        if (!compiled.ok()) throw new IllegalStateException(compiled.diagnostics());
        Map<?, ?> spec = Main.checkSpec(Json.parse("{\"mode\":\"signature\",\"signature\":{\"method\":\"twoSum\","
                + "\"params\":[{\"name\":\"nums\",\"type\":\"int[]\"},{\"name\":\"target\",\"type\":\"int\"}],"
                + "\"returns\":\"int[]\"}}"));
        StringBuilder json = new StringBuilder();
        int code = Main.execute(spec, List.of("[2,7,11,15]", "9"), new Compile.Loader(compiled.classes(),
                Worker.class.getClassLoader()), json, new ThreadGroup("train"));
        if (code != 0 || !json.toString().equals("[0,1]")) throw new IllegalStateException("training run: " + code + " " + json);
        threads();
        System.out.println(json);
    }

    /** Every live thread of the JVM (compiler threads aside): new ones after a test were started by the solution. */
    private static Set<Thread> threads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        Set<Thread> live = new HashSet<>();
        for (int i = 0; i < n; i++) if (all[i].isAlive()) live.add(all[i]);
        return live;
    }

    /** The runner reads VmHWM after the test: from here it is this test's peak, not an earlier one's. */
    private static void resetPeakMemory() {
        try (OutputStream clear = new FileOutputStream("/proc/self/clear_refs")) {
            clear.write('5');
        } catch (IOException e) {
            // not Linux, or not allowed: the figure is then the JVM's peak so far
        }
    }

    private static int digit(byte b) {
        if (b < '0' || b > '9') throw new IllegalArgumentException("harness: not a number in a command");
        return b - '0';
    }

    private static int readLine(InputStream in, byte[] into) throws IOException {
        int n = 0;
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') return n;
            if (n == into.length) throw new IOException("command too long");
            into[n++] = (byte) b;
        }
        return -1;
    }

    private static void reply(OutputStream out, String head, byte[]... bodies) throws IOException {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        for (byte[] body : bodies) out.write(body);
        out.flush();
    }
}
