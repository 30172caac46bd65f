package arbiter.harness;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serve mode for judge-images/interleave: one solution, several inputs, commands on fd 3 and answers on fd 4.
 * Usage: java -cp CLASSES:harness.jar arbiter.harness.Serve SPEC INPUT... The caller measures the time of each
 * `go`; this side only prepares fresh receivers and arguments outside that window. `count i` answers the bytecodes
 * one fresh call executed, when the JVM runs with the counting agent (judge-images/java/count), then its answer.
 */
public final class Serve {

    private Serve() {
    }

    public static void main(String[] args) throws Exception {
        System.setOut(new java.io.PrintStream(OutputStream.nullOutputStream())); // stdout is /dev/null anyway
        Thread server = new Thread(null, () -> {
            try {
                serve(args);
            } catch (Throwable t) {
                System.err.println("serve: " + t);
            }
        }, "solution", 1L << 27);
        server.start();
        server.join();
        System.exit(0);
    }

    private static void serve(String[] args) throws Exception {
        BufferedReader commands = new BufferedReader(new InputStreamReader(new FileInputStream("/proc/self/fd/3"),
                StandardCharsets.UTF_8));
        OutputStream answers = new FileOutputStream("/proc/self/fd/4");
        List<Main.Call> calls = new ArrayList<>();
        List<Long> inputBytes = new ArrayList<>();
        try {
            Map<?, ?> spec = (Map<?, ?>) Json.parse(Files.readString(Path.of(args[0])));
            for (int i = 1; i < args.length; i++) {
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) lines.add(line);
                }
                calls.add(Main.call(spec, lines));
                inputBytes.add(Files.size(Path.of(args[i])));
            }
        } catch (Exception e) {
            answer(answers, "error " + oneLine(e));
            return;
        }
        answer(answers, "ready");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Object[][] shared = new Object[calls.size()][];
        long[] nodes = new long[calls.size()];
        java.util.Arrays.fill(nodes, -1);
        Batch batch = Batch.NONE;
        long[] timedCalls = new long[calls.size()]; // per input, the calls timed so far: the seeds of the next ones
        TimedSeeds seeds = null;
        for (String line; (line = commands.readLine()) != null; ) {
            String[] words = line.split(" ");
            try {
                switch (words[0]) {
                    case "check" -> {
                        int i = Integer.parseInt(words[1]);
                        Main.Call call = calls.get(i);
                        Object[] values = call.arguments().get();
                        Object value = call.method().invoke(call.newTarget(), values);
                        // a call that leaves its arguments as they were lets later calls share one set of them
                        // (never strings, which keep the hash it computed: Main.shareable)
                        shared[i] = call.shareable().test(values) ? values : null;
                        StringBuilder json = new StringBuilder("result ");
                        Json.write(call.toJson(value), json);
                        answer(answers, json.toString());
                    }
                    case "prep" -> {
                        int i = Integer.parseInt(words[1]);
                        if (seeds == null) seeds = TimedSeeds.find(calls.get(i).type());
                        // "prep i k seed": every call of the batch takes that seed (a measured round's); else each
                        // call the number of calls timed on its input before it
                        long seed = words.length > 3 ? Long.parseLong(words[3]) : -1;
                        batch = prepare(calls.get(i), shared[i], Integer.parseInt(words[2]), inputBytes.get(i), nodes, i,
                                seeds, timedCalls[i], seed);
                        System.gc(); // every batch starts from an empty young generation: its collections repeat alike
                        answer(answers, "ok " + batch.targets().length);
                    }
                    case "go" -> {
                        for (int j = 0; j < batch.targets().length; j++) {
                            seeds.beforeCall(batch.seedOf(j));
                            batch.call().method().invoke(batch.targets()[j], batch.arguments()[j]);
                        }
                        if (batch.call() != null) timedCalls[batch.input()] += batch.targets().length;
                        answer(answers, "done");
                        batch = Batch.NONE;
                    }
                    case "count" -> {
                        // bytecodes of one fresh call, counted by the agent (judge-images/java/count) when it is loaded
                        Main.Call call = calls.get(Integer.parseInt(words[1]));
                        Object target = call.newTarget();
                        Object[] values = call.arguments().get();
                        java.lang.reflect.Field counter = counter();
                        long before = counter.getLong(null);
                        Object value = call.method().invoke(target, values);
                        long counted = counter.getLong(null) - before;
                        // the answer too: a program can tell it is counted (the agent), and the scorer checks it
                        StringBuilder reply = new StringBuilder("count ").append(counted).append(' ');
                        Json.write(call.toJson(value), reply);
                        answer(answers, reply.toString());
                    }
                    case "mem" -> {
                        Main.Call call = calls.get(Integer.parseInt(words[1]));
                        Object target = call.newTarget();
                        Object[] values = call.arguments().get();
                        long before = threads.getCurrentThreadAllocatedBytes();
                        call.method().invoke(target, values);
                        answer(answers, "mem " + (threads.getCurrentThreadAllocatedBytes() - before));
                    }
                    case "quit" -> {
                        return;
                    }
                    default -> answer(answers, "error unknown command " + words[0]);
                }
            } catch (InvocationTargetException e) {
                answer(answers, "error " + oneLine(e.getCause()));
            } catch (Throwable e) {
                answer(answers, "error " + oneLine(e));
            }
        }
    }

    private static java.lang.reflect.Field counterField;

    /** The counting agent's counter (on the boot class path), or an error when the JVM runs without the agent. */
    private static java.lang.reflect.Field counter() throws ReflectiveOperationException {
        if (counterField == null) counterField = Class.forName("arbiter.count.Counter", true, null).getField("count");
        return counterField;
    }

    /**
     * The calls of one timed batch: fresh receivers, and fresh arguments unless the call leaves them alone; firstCall is
     * how many calls of its input were timed before it, seed the seed of all of its calls (-1: each call its own).
     */
    private record Batch(Main.Call call, Object[] targets, Object[][] arguments, int input, long firstCall, long seed) {
        static final Batch NONE = new Batch(null, new Object[0], new Object[0][], 0, 0, -1);

        long seedOf(int j) {
            return seed >= 0 ? seed : firstCall + j;
        }
    }

    /** Input text held in fresh argument copies per batch, at most: mutated inputs make smaller batches. */
    static final long COPY_BUDGET_BYTES = 64L << 20;

    /**
     * Linked nodes (ListNode, TreeNode) and strings held in fresh argument copies per batch, at most
     * ({@link HeldObjects}): 2^20 strings of 8 characters take about 48 MB of heap, as many 8-digit ints in arrays
     * 4 MB. Each is an object that the preparation builds and the collection after it moves: a batch of
     * reverse-linked-list, a fresh list per call, held about two million nodes at every size (20 ms of calls), took
     * 150 ms to prepare and collect beside 20 ms of calls, and its calls scattered 10x from size to size on a busy
     * host; under a million nodes they did not (docs/PERFORMANCE.md).
     */
    static final long COPY_BUDGET_OBJECTS = 1L << 20;

    /**
     * nodes: the linked nodes and strings of one fresh copy of this input's arguments, counted at its first batch (-1
     * before).
     */
    private static Batch prepare(Main.Call call, Object[] shared, int wanted, long inputBytes, long[] nodes, int input,
                                 TimedSeeds seeds, long firstCall, long seed) throws Throwable {
        Object[] first = shared != null ? shared : call.arguments().get();
        if (shared == null && nodes[input] < 0) nodes[input] = HeldObjects.count(first, COPY_BUDGET_OBJECTS);
        int k = shared != null ? wanted : (int) Math.min(Math.min(wanted, Math.max(1, COPY_BUDGET_BYTES / Math.max(1, inputBytes))),
                Math.max(1, COPY_BUDGET_OBJECTS / Math.max(1, nodes[input])));
        Batch batch = new Batch(call, new Object[k], new Object[k][], input, firstCall, seed);
        Object[] targets = batch.targets();
        Object[][] arguments = batch.arguments();
        for (int j = 0; j < k; j++) {
            seeds.beforeReceiver(batch.seedOf(j));
            targets[j] = call.newTarget();
            arguments[j] = j == 0 ? first : shared != null ? shared : call.arguments().get();
        }
        return batch;
    }

    private static String oneLine(Throwable t) {
        return String.valueOf(t).replace('\n', ' ');
    }

    private static void answer(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
