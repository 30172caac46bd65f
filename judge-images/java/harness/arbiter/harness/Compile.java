package arbiter.harness;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * javac inside the worker's JVM (no second JVM start): compiles one source file to class bytes held in memory,
 * with no annotation processing, so no code of the candidate's runs while it compiles.
 */
final class Compile {

    /** The class files by binary name, or the diagnostics as javac prints them. */
    record Result(Map<String, byte[]> classes, String diagnostics) {
        boolean ok() {
            return diagnostics == null;
        }
    }

    private Compile() {
    }

    static Result source(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> classes = new TreeMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + file.getFileName()), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        try (var memory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        }) {
            List<String> options = List.of("-proc:none", "-nowarn", "-Xmaxerrs", "20", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = javac.getTask(null, memory, diagnostics, options, null, List.of(unit)).call();
            if (ok) return new Result(classes, null);
        }
        return new Result(Map.of(), format(diagnostics.getDiagnostics(), file.getFileName().toString(), text));
    }

    /** As the javac command prints them: "Solution.java:3: error: ...", the line, a caret, then the count. */
    private static String format(List<Diagnostic<? extends JavaFileObject>> list, String name, String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : list) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            errors++;
            long line = d.getLineNumber();
            out.append(name).append(':').append(line).append(": error: ").append(d.getMessage(Locale.ROOT)).append('\n');
            if (line >= 1 && line <= lines.length) {
                String source = lines[(int) line - 1].replace("\r", "");
                out.append(source).append('\n');
                long column = d.getColumnNumber();
                if (column >= 1 && column <= source.length() + 1) {
                    StringBuilder caret = new StringBuilder();
                    for (int i = 0; i < column - 1; i++) caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
                    out.append(caret).append("^\n");
                }
            }
        }
        out.append(errors).append(errors == 1 ? " error" : " errors");
        return out.toString();
    }

    /** The classes, each loaded afresh by a loader of its own per test: static state never outlives a test. */
    static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        /** The candidate's own classes first: a ListNode of their own replaces the one the harness provides. */
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name)) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
