package arbiter.harness;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arbiter's Java harness: runs a LeetCode-style solution on one test read from stdin.
 * Usage: java -cp CLASSES:harness.jar arbiter.harness.Main SPEC. The JSON result goes to fd 3.
 * Exit codes: 0 ok, 1 the candidate's exception, 3 out of memory, 4 harness error (bad spec or input).
 */
public final class Main {

    static final int EXIT_EXCEPTION = 1;
    static final int EXIT_MEMORY = 3;
    static final int EXIT_HARNESS = 4;
    /**
     * The solution thread's stack: a recursive pass over 10^5 nodes fits even interpreted (about 350 000 frames of a
     * small method), and a runaway recursion overflows in about 0.2 s of CPU, where 128 MiB took seconds
     * (docs/SECURITY.md, "Recursion").
     */
    static final long SOLUTION_STACK_BYTES = 32L << 20;

    /** Thrown for problems of the test or spec, not of the candidate's code. */
    static final class HarnessError extends Exception {
        HarnessError(String message) {
            super(message);
        }
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // the candidate's prints: buffered (System.out flushes on every line by default), flushed before exit
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8));
        if (args.length != 1) {
            System.err.println("usage: arbiter.harness.Main SPEC < TEST");
            exit(EXIT_HARNESS);
        }
        Map<?, ?> spec;
        List<String> lines = new ArrayList<>();
        try {
            spec = checkSpec(Json.parse(Files.readString(Path.of(args[0]))));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) lines.add(line);
            }
        } catch (Exception e) {
            System.err.println("harness: bad spec or input: " + e.getMessage());
            exit(EXIT_HARNESS);
            return;
        }
        StringBuilder json = new StringBuilder();
        int code = execute(spec, lines, Main.class.getClassLoader(), json);
        if (code != 0) exit(code);
        if (!resultChannelIsSafe()) {
            System.err.println("harness: fd 3 (the result channel) was not provided");
            exit(EXIT_HARNESS);
        }
        try (OutputStream result = new FileOutputStream("/proc/self/fd/3")) {
            result.write(json.toString().getBytes(StandardCharsets.UTF_8));
        }
        exit(0);
    }

    /**
     * Runs one test on a thread of its own (a deep stack, the loader of the candidate's classes as its context) in
     * the group; the answer's JSON goes to {@code json}. Returns the exit code: 0, or EXIT_* with the report on stderr.
     */
    static int execute(Map<?, ?> spec, List<String> lines, ClassLoader loader, StringBuilder json, ThreadGroup group)
            throws InterruptedException {
        Object[] outcome = new Object[2];
        Thread worker = new Thread(group, () -> {
            try {
                outcome[0] = run(spec, lines);
            } catch (Throwable t) {
                outcome[1] = t;
            }
        }, "solution", SOLUTION_STACK_BYTES);
        worker.setContextClassLoader(loader);
        worker.start();
        worker.join();
        Throwable failure = (Throwable) outcome[1];
        if (failure instanceof InvocationTargetException) failure = failure.getCause();
        if (failure != null) return report(failure);
        try {
            Json.write(outcome[0], json);
        } catch (IllegalArgumentException e) {
            System.err.println("java.lang.IllegalArgumentException: " + e.getMessage());
            return EXIT_EXCEPTION;
        }
        return 0;
    }

    static int execute(Map<?, ?> spec, List<String> lines, ClassLoader loader, StringBuilder json) throws InterruptedException {
        return execute(spec, lines, loader, json, Thread.currentThread().getThreadGroup());
    }

    /** Flushes the candidate's output, then exits (System.exit: the candidate's own threads do not keep us). */
    static void exit(int code) {
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    static Map<?, ?> checkSpec(Object json) {
        if (!(json instanceof Map)) throw new IllegalArgumentException("the spec is not a JSON object");
        Map<?, ?> spec = (Map<?, ?>) json;
        Object mode = spec.get("mode") == null ? "signature" : spec.get("mode");
        if ("signature".equals(mode)) {
            Object sig = spec.get("signature");
            if (!(sig instanceof Map) || !(((Map<?, ?>) sig).get("method") instanceof String)) {
                throw new IllegalArgumentException("signature mode needs signature.method and signature.params");
            }
        } else if ("design".equals(mode)) {
            Object design = spec.get("design");
            if (!(design instanceof Map) || !(((Map<?, ?>) design).get("class") instanceof String)) {
                throw new IllegalArgumentException("design mode needs design.class and design.methods");
            }
        } else {
            throw new IllegalArgumentException("mode " + mode + " does not use the harness");
        }
        return spec;
    }

    /** If fd 3 was not inherited the JVM may have opened one of its own files there; never write into those. */
    private static boolean resultChannelIsSafe() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/3")).toString();
            String javaHome = System.getProperty("java.home");
            return !(target.startsWith(javaHome) || target.endsWith(".jar") || target.endsWith(".jsa"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Turns what a call returned into the JSON of the answer. */
    interface Answer {
        Object toJson(Object value) throws ReflectiveOperationException;
    }

    /** The candidate's method, fresh receivers and fresh arguments (a call may mutate both), and its answer. */
    record Call(Class<?> type, Method method, java.util.function.Supplier<Object[]> arguments, Answer answer,
                java.util.function.Predicate<Object[]> shareable) {
        Object newTarget() throws Exception {
            return newInstance(type);
        }

        Object toJson(Object value) throws ReflectiveOperationException {
            return answer.toJson(value);
        }
    }

    /**
     * After a call: may later calls share the arguments it was given? Only if they still read as the input (arrays,
     * lists, strings and numbers are compared with a copy converted from the input, which no call is given -
     * Arrays.deepEquals: 1 MB of ints in a millisecond, where writing both as JSON took 35-95 ms of every check of a
     * measured JVM; nodes, whose classes have no equals of their own, as JSON), and never with strings among them: a
     * String keeps the hash a call computed, so a later call that hashes it again (a HashSet of the words) would find
     * it and do less than a call on its own input.
     */
    private static java.util.function.Predicate<Object[]> shareable(Convert convert, List<Object> parsed, List<?> params) {
        if (params.stream().anyMatch(Main::holdsStrings)) return values -> false;
        if (params.stream().noneMatch(Main::nodeType)) {
            Object[][] untouched = {null}; // converted when first needed: a judged test run never asks
            return values -> {
                try {
                    if (untouched[0] == null) untouched[0] = arguments(convert, parsed, params, () -> "input");
                    return java.util.Arrays.deepEquals(values, untouched[0]);
                } catch (HarnessError e) {
                    return false;
                }
            };
        }
        return values -> {
            try {
                for (int i = 0; i < params.size(); i++) {
                    StringBuilder now = new StringBuilder();
                    StringBuilder input = new StringBuilder();
                    Json.write(convert.toJson(values[i], Convert.normalize((String) ((Map<?, ?>) params.get(i)).get("type"))), now);
                    Json.write(parsed.get(i), input);
                    if (!now.toString().contentEquals(input)) return false;
                }
                return true;
            } catch (Exception | StackOverflowError e) {
                return false;
            }
        };
    }

    /** A String parameter, or an array or collection of them. */
    private static boolean holdsStrings(Object param) {
        return String.valueOf(((Map<?, ?>) param).get("type")).contains("String");
    }

    /** A ListNode or TreeNode parameter, or a collection of them. */
    private static boolean nodeType(Object param) {
        String type = String.valueOf(((Map<?, ?>) param).get("type"));
        return type.contains("ListNode") || type.contains("TreeNode");
    }

    /** The call of a test's input lines in the spec's mode (signature or design). */
    static Call call(Map<?, ?> spec, List<String> lines) throws Exception {
        return "design".equals(spec.get("mode")) ? designCall((Map<?, ?>) spec.get("design"), lines) : signatureCall(spec, lines);
    }

    /** The signature call of a test's input lines; the input is checked once, here. */
    static Call signatureCall(Map<?, ?> spec, List<String> lines) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Convert convert = new Convert(loader);
        Map<?, ?> sig = (Map<?, ?>) spec.get("signature");
        List<?> params = list(sig.get("params"));
        List<Object> parsed = parseLines(lines, params.size(), "one JSON value per parameter");
        Object[] first = arguments(convert, parsed, params, () -> "input");
        Class<?> cls = candidateClass("Solution", loader);
        Method method = method(cls, (String) sig.get("method"), params, convert);
        String returns = sig.get("returns") == null ? "void" : Convert.normalize((String) sig.get("returns"));
        Object[][] unused = {first};
        java.util.function.Predicate<Object[]> shareable = shareable(convert, parsed, params);
        return new Call(cls, method, () -> {
            if (unused[0] != null) {
                Object[] values = unused[0];
                unused[0] = null;
                return values;
            }
            try {
                return arguments(convert, parsed, params, () -> "input");
            } catch (HarnessError e) {
                throw new IllegalStateException(e);
            }
        }, value -> convert.toJson(value, returns), shareable);
    }

    private static Object run(Map<?, ?> spec, List<String> lines) throws Exception {
        Call call = call(spec, lines);
        return call.toJson(call.method().invoke(call.newTarget(), call.arguments().get()));
    }

    /**
     * A design test as one call of {@link DesignRun#run}: operations checked and arguments converted here, once per
     * set of arguments; the answer is the list of results, null for the constructor.
     */
    static Call designCall(Map<?, ?> design, List<String> lines) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Convert convert = new Convert(loader);
        List<Object> both = parseLines(lines, 2, "operations and arguments");
        if (!(both.get(0) instanceof List) || !(both.get(1) instanceof List)) {
            throw new HarnessError("operations and arguments must be JSON arrays");
        }
        List<?> ops = (List<?>) both.get(0);
        List<?> args = (List<?>) both.get(1);
        String name = (String) design.get("class");
        if (ops.isEmpty() || ops.size() != args.size()) {
            throw new HarnessError("operations and arguments must have the same, non-zero length");
        }
        if (!name.equals(ops.get(0))) {
            throw new HarnessError("the first operation must be the constructor " + name + ", got " + Convert.show(ops.get(0)));
        }
        Map<?, ?> ctorSpec = (Map<?, ?>) design.get("constructor");
        List<?> ctorParams = ctorSpec == null ? List.of() : list(ctorSpec.get("params"));
        List<Map<?, ?>> specs = new ArrayList<>();
        for (int i = 1; i < ops.size(); i++) specs.add(methodSpec(design, ops.get(i), i));
        DesignArguments converted = () -> {
            Object[] ctorArgs = arguments(convert, args.get(0), ctorParams, () -> "operation 0 (" + name + ")");
            Object[][] calls = new Object[ops.size() - 1][];
            for (int i = 1; i < ops.size(); i++) {
                int index = i;
                calls[i - 1] = arguments(convert, args.get(i), list(specs.get(i - 1).get("params")),
                        () -> "operation " + index + " (" + ops.get(index) + ")");
            }
            return new Converted(ctorArgs, calls);
        };
        Converted first = converted.get();
        Class<?> cls = candidateClass(name, loader);
        Map<String, Method> byName = new java.util.HashMap<>();
        Method[] methods = new Method[ops.size() - 1];
        String[] returns = new String[ops.size() - 1];
        for (int i = 1; i < ops.size(); i++) {
            String op = (String) ops.get(i);
            Map<?, ?> m = specs.get(i - 1);
            if (!byName.containsKey(op)) byName.put(op, method(cls, op, list(m.get("params")), convert));
            methods[i - 1] = byName.get(op);
            returns[i - 1] = m.get("returns") == null ? "void" : Convert.normalize((String) m.get("returns"));
        }
        Constructor<?> constructor = constructor(cls, ctorParams, convert);
        Converted[] unused = {first};
        java.util.function.Supplier<Object[]> arguments = () -> {
            Converted c = unused[0];
            unused[0] = null;
            try {
                if (c == null) c = converted.get();
            } catch (HarnessError e) {
                throw new IllegalStateException(e);
            }
            return new Object[]{new DesignRun.Ops(constructor, c.constructor(), methods, c.operations())};
        };
        boolean shareable = primitiveParams(design);
        Answer answer = value -> {
            Object[] values = (Object[]) value;
            List<Object> results = new ArrayList<>(values.length);
            results.add(null);
            for (int i = 1; i < values.length; i++) results.add(convert.toJson(values[i], returns[i - 1]));
            return results;
        };
        // primitives cannot be changed by a call, so later calls may share them (strings neither, but they keep a hash)
        return new Call(DesignRun.class, DesignRun.class.getMethod("run", DesignRun.Ops.class), arguments, answer,
                values -> shareable);
    }

    /** A design test's arguments, converted: the constructor's and each operation's. */
    private record Converted(Object[] constructor, Object[][] operations) {
    }

    private interface DesignArguments {
        Converted get() throws HarnessError;
    }

    /** Are all of a design's parameters primitives (numbers, booleans, chars)? */
    private static boolean primitiveParams(Map<?, ?> design) {
        List<Object> all = new ArrayList<>();
        Map<?, ?> ctorSpec = (Map<?, ?>) design.get("constructor");
        if (ctorSpec != null) all.addAll(list(ctorSpec.get("params")));
        for (Object m : list(design.get("methods"))) all.addAll(list(((Map<?, ?>) m).get("params")));
        for (Object p : all) {
            String type = Convert.normalize((String) ((Map<?, ?>) p).get("type"));
            if (!List.of("int", "long", "double", "boolean", "char").contains(type)) return false;
        }
        return true;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<Object> parseLines(List<String> lines, int count, String what) throws HarnessError {
        if (lines.size() != count) {
            throw new HarnessError("expected " + count + " input lines (" + what + "), got " + lines.size());
        }
        List<Object> out = new ArrayList<>();
        try {
            for (String line : lines) out.add(Json.parse(line));
        } catch (IllegalArgumentException e) {
            throw new HarnessError("input is not JSON: " + e.getMessage());
        }
        return out;
    }

    /** One call's arguments; problems of the test data are harness errors, not the candidate's. */
    private static Object[] arguments(Convert convert, Object json, List<?> params, java.util.function.Supplier<String> where)
            throws HarnessError {
        if (!(json instanceof List) || ((List<?>) json).size() != params.size()) {
            throw new HarnessError(where.get() + ": expected " + params.size() + " arguments, got " + Convert.show(json));
        }
        List<?> values = (List<?>) json;
        Object[] out = new Object[params.size()];
        for (int i = 0; i < out.length; i++) {
            Map<?, ?> p = (Map<?, ?>) params.get(i);
            try {
                out[i] = convert.toJava(values.get(i), Convert.normalize((String) p.get("type")));
            } catch (RuntimeException | ReflectiveOperationException e) {
                throw new HarnessError(where.get() + ", parameter " + p.get("name") + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static Object newInstance(Class<?> cls) throws Exception {
        Constructor<?> ctor;
        try {
            ctor = cls.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new NoSuchMethodException("class " + cls.getName() + " has no constructor without parameters");
        }
        ctor.setAccessible(true);
        return ctor.newInstance();
    }

    private static Constructor<?> constructor(Class<?> cls, List<?> params, Convert convert) throws NoSuchMethodException {
        Constructor<?> fallback = null;
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() != params.size()) continue;
            if (fallback == null) fallback = c;
            if (matches(c.getParameterTypes(), params, convert)) {
                fallback = c;
                break;
            }
        }
        if (fallback == null) {
            throw new NoSuchMethodException("class " + cls.getName() + " has no constructor with " + params.size() + " parameters");
        }
        fallback.setAccessible(true);
        return fallback;
    }

    private static boolean matches(Class<?>[] types, List<?> params, Convert convert) {
        for (int i = 0; i < types.length; i++) {
            try {
                Class<?> want = convert.javaClass(Convert.normalize((String) ((Map<?, ?>) params.get(i)).get("type")));
                if (!types[i].equals(want)) return false;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private static Map<?, ?> methodSpec(Map<?, ?> design, Object op, int index) throws HarnessError {
        for (Object m : list(design.get("methods"))) {
            if (op != null && op.equals(((Map<?, ?>) m).get("name"))) return (Map<?, ?>) m;
        }
        throw new HarnessError("operation " + index + ": unknown operation " + Convert.show(op));
    }

    private static Class<?> candidateClass(String name, ClassLoader loader) throws ClassNotFoundException {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException("define class " + name);
        }
    }

    /** The method by name and parameter count; among overloads, the one whose parameter types match the spec. */
    private static Method method(Class<?> cls, String name, List<?> params, Convert convert) throws NoSuchMethodException {
        Method fallback = null;
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.getName().equals(name) || m.getParameterCount() != params.size() || m.isSynthetic()) continue;
                if (matches(m.getParameterTypes(), params, convert)) {
                    m.setAccessible(true);
                    return m;
                }
                if (fallback == null) fallback = m;
            }
        }
        if (fallback == null) {
            throw new NoSuchMethodException("class " + cls.getName() + " has no method " + name + " with "
                    + params.size() + " parameter" + (params.size() == 1 ? "" : "s"));
        }
        fallback.setAccessible(true);
        return fallback;
    }

    /** Prints the failure the way the candidate needs it: type, message and only their own stack frames. */
    static int report(Throwable t) {
        if (t instanceof HarnessError) {
            System.err.println("harness: " + t.getMessage());
            return EXIT_HARNESS;
        }
        if (t instanceof OutOfMemoryError && String.valueOf(t.getMessage()).contains("native thread")) {
            // the sandbox's process limit, not its memory: say so rather than blame the heap
            System.err.println("java.lang.IllegalStateException: too many threads (the sandbox allows 64 processes"
                    + " and threads in all): " + t.getMessage());
            return EXIT_EXCEPTION;
        }
        if (t instanceof OutOfMemoryError) {
            System.err.println("java.lang.OutOfMemoryError: " + t.getMessage());
            return EXIT_MEMORY;
        }
        if (t instanceof ExceptionInInitializerError && t.getCause() != null) {
            System.err.println("java.lang.ExceptionInInitializerError (in a static initializer)");
            return report(t.getCause());
        }
        StringBuilder out = new StringBuilder(t.toString());
        if (t instanceof StackOverflowError) out.append(" (recursion too deep)");
        frames(t, out);
        Throwable cause = t.getCause();
        for (int depth = 0; cause != null && cause != t && depth < 3; depth++, cause = cause.getCause()) {
            out.append("\nCaused by: ").append(cause);
            frames(cause, out);
        }
        System.err.println(out);
        return EXIT_EXCEPTION;
    }

    /** The candidate's own frames only (`at Solution.twoSum(Solution.java:12)`), at most 20. */
    private static void frames(Throwable t, StringBuilder out) {
        int own = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")
                    || cls.startsWith("arbiter.harness.") || cls.startsWith("com.sun.")) continue;
            if (own++ < 20) out.append("\n\tat ").append(frame);
        }
        if (own > 20) out.append("\n\t... ").append(own - 20).append(" more frames");
    }
}
