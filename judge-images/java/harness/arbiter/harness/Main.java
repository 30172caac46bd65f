package arbiter.harness;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
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

    /** Thrown for problems of the test or spec, not of the candidate's code. */
    static final class HarnessError extends Exception {
        HarnessError(String message) {
            super(message);
        }
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = 0;
        if (args.length == 3 && args[0].equals("--bench")) {
            repeats = Integer.parseInt(args[2]);
            args = new String[]{args[1]};
        }
        Map<?, ?> spec;
        List<String> lines = new ArrayList<>();
        try {
            spec = (Map<?, ?>) Json.parse(Files.readString(Path.of(args[0])));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) lines.add(line);
            }
        } catch (Exception e) {
            System.err.println("harness: bad spec or input: " + e.getMessage());
            System.exit(EXIT_HARNESS);
            return;
        }
        Object[] outcome = new Object[2];
        int benchRepeats = repeats;
        Thread worker = new Thread(null, () -> {
            try {
                outcome[0] = benchRepeats > 0 ? Bench.run(spec, lines, benchRepeats) : run(spec, lines);
            } catch (Throwable t) {
                outcome[1] = t;
            }
        }, "solution", 1L << 29);
        worker.start();
        worker.join();
        System.out.flush();
        Throwable failure = (Throwable) outcome[1];
        if (failure instanceof InvocationTargetException) failure = failure.getCause();
        if (failure != null) System.exit(report(failure));
        String json;
        try {
            StringBuilder out = new StringBuilder();
            Json.write(outcome[0], out);
            json = out.toString();
        } catch (IllegalArgumentException e) {
            System.err.println("java.lang.IllegalArgumentException: " + e.getMessage());
            System.exit(EXIT_EXCEPTION);
            return;
        }
        if (!resultChannelIsSafe()) {
            System.err.println("harness: fd 3 (the result channel) was not provided");
            System.exit(EXIT_HARNESS);
        }
        try (OutputStream result = new FileOutputStream("/proc/self/fd/3")) {
            result.write(json.getBytes(StandardCharsets.UTF_8));
        }
        System.exit(0);
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

    /** The candidate's method, its receiver, and a factory of fresh arguments (calls may mutate them). */
    record Call(Object target, Method method, java.util.function.Supplier<Object[]> arguments) {
    }

    static Call signatureCall(Map<?, ?> spec, List<String> lines) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Convert convert = new Convert(loader);
        Map<?, ?> sig = (Map<?, ?>) spec.get("signature");
        List<?> params = (List<?>) sig.get("params");
        if (lines.size() != params.size()) {
            throw new HarnessError("expected " + params.size() + " input lines, got " + lines.size());
        }
        List<Object> parsed = new ArrayList<>();
        for (String line : lines) parsed.add(Json.parse(line));
        Class<?> cls = candidateClass("Solution", loader);
        Constructor<?> ctor = cls.getDeclaredConstructor();
        ctor.setAccessible(true);
        Object solution = ctor.newInstance();
        Method method = method(cls, (String) sig.get("method"), params.size());
        return new Call(solution, method, () -> {
            Object[] values = new Object[params.size()];
            try {
                for (int i = 0; i < params.size(); i++) {
                    values[i] = convert.toJava(parsed.get(i), (String) ((Map<?, ?>) params.get(i)).get("type"));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return values;
        });
    }

    private static Object run(Map<?, ?> spec, List<String> lines) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Convert convert = new Convert(loader);
        if ("design".equals(spec.get("mode"))) return runDesign((Map<?, ?>) spec.get("design"), lines, convert, loader);
        Map<?, ?> sig = (Map<?, ?>) spec.get("signature");
        List<?> params = (List<?>) sig.get("params");
        if (lines.size() != params.size()) {
            throw new HarnessError("expected " + params.size() + " input lines, got " + lines.size());
        }
        Object[] values = new Object[params.size()];
        Class<?>[] types = new Class<?>[params.size()];
        for (int i = 0; i < params.size(); i++) {
            String type = (String) ((Map<?, ?>) params.get(i)).get("type");
            values[i] = convert.toJava(Json.parse(lines.get(i)), type);
            types[i] = convert.javaClass(type);
        }
        Class<?> cls = candidateClass("Solution", loader);
        Constructor<?> ctor = cls.getDeclaredConstructor();
        ctor.setAccessible(true);
        Object solution = ctor.newInstance();
        Method method = method(cls, (String) sig.get("method"), params.size());
        return convert.toJson(method.invoke(solution, values), (String) sig.get("returns"));
    }

    private static Object runDesign(Map<?, ?> design, List<String> lines, Convert convert, ClassLoader loader)
            throws Exception {
        if (lines.size() != 2) throw new HarnessError("a design test has two lines: operations and arguments");
        List<?> ops = (List<?>) Json.parse(lines.get(0));
        List<?> args = (List<?>) Json.parse(lines.get(1));
        Class<?> cls = candidateClass((String) design.get("class"), loader);
        Map<?, ?> ctorSpec = (Map<?, ?>) design.get("constructor");
        List<?> ctorParams = ctorSpec == null || ctorSpec.get("params") == null ? List.of() : (List<?>) ctorSpec.get("params");
        Object obj = construct(cls, ctorParams, (List<?>) args.get(0), convert);
        List<Object> results = new ArrayList<>();
        results.add(null);
        for (int i = 1; i < ops.size(); i++) {
            String op = (String) ops.get(i);
            Map<?, ?> m = methodSpec(design, op);
            List<?> params = m.get("params") == null ? List.of() : (List<?>) m.get("params");
            List<?> opArgs = (List<?>) args.get(i);
            Object[] values = new Object[params.size()];
            for (int p = 0; p < params.size(); p++) {
                values[p] = convert.toJava(opArgs.get(p), (String) ((Map<?, ?>) params.get(p)).get("type"));
            }
            Object value = method(cls, op, params.size()).invoke(obj, values);
            results.add(convert.toJson(value, (String) m.get("returns")));
        }
        return results;
    }

    private static Object construct(Class<?> cls, List<?> params, List<?> args, Convert convert) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() != params.size()) continue;
            Object[] values = new Object[params.size()];
            for (int p = 0; p < params.size(); p++) {
                values[p] = convert.toJava(args.get(p), (String) ((Map<?, ?>) params.get(p)).get("type"));
            }
            c.setAccessible(true);
            return c.newInstance(values);
        }
        throw new NoSuchMethodException(cls.getName() + " has no constructor with " + params.size() + " parameters");
    }

    private static Map<?, ?> methodSpec(Map<?, ?> design, String op) throws HarnessError {
        for (Object m : (List<?>) design.get("methods")) {
            if (op.equals(((Map<?, ?>) m).get("name"))) return (Map<?, ?>) m;
        }
        throw new HarnessError("unknown operation " + op);
    }

    private static Class<?> candidateClass(String name, ClassLoader loader) throws ClassNotFoundException {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException("define class " + name);
        }
    }

    private static Method method(Class<?> cls, String name, int arity) throws NoSuchMethodException {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity) {
                    m.setAccessible(true);
                    return m;
                }
            }
        }
        throw new NoSuchMethodException("class " + cls.getName() + " has no method " + name + " with " + arity + " parameters");
    }

    /** Prints the failure the way the candidate needs it: type, message and only their own stack frames. */
    private static int report(Throwable t) {
        if (t instanceof HarnessError) {
            System.err.println("harness: " + t.getMessage());
            return EXIT_HARNESS;
        }
        if (t instanceof OutOfMemoryError && !String.valueOf(t.getMessage()).contains("native thread")) {
            System.err.println("java.lang.OutOfMemoryError: " + t.getMessage());
            return EXIT_MEMORY;
        }
        StringBuilder out = new StringBuilder(t.toString());
        if (t instanceof StackOverflowError) out.append(" (recursion too deep)");
        int shown = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            boolean own = !(cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")
                    || cls.startsWith("arbiter.harness.") || cls.startsWith("com.sun."));
            if (own && shown++ < 20) out.append("\n\tat ").append(frame);
        }
        System.err.println(out);
        return EXIT_EXCEPTION;
    }
}
