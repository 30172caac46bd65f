package dev.arbiter.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one language is built and run inside its judge image, for one program placed under a directory of /work
 * (the candidate's code and, for custom input, the reference solution each get their own directory).
 */
public interface Toolchain {

    Language language();

    /** Files to upload (paths relative to /work) for the program's source. */
    Map<String, byte[]> sourceFiles(String dir, String mode, String source);

    /** The compile or syntax-check command, if the language has one. */
    Optional<List<String>> compileCommand(String dir, String mode, String source);

    /** The command that runs one test (stdin is the test input; signature results go to fd 3). */
    List<String> runCommand(String dir, String mode, String source, int memoryMb);

    /**
     * The program in serve mode for judge-images/interleave (signature problems): it loads the solution and the
     * inputs, then makes calls on command. Heap and stack as in a test run.
     */
    List<String> serveCommand(String dir, int memoryMb, List<String> inputs);

    /**
     * The program in serve mode for measuring growth rather than speed, when its times in serveCommand follow the
     * memory hierarchy more than the work done: empty when serveCommand's times already follow the work.
     */
    Optional<List<String>> growthCommand(String dir, int memoryMb, List<String> inputs);

    /** The reference benchmark of the solution on the inputs with JMH, if the language has it (fd 3 gets JSON). */
    Optional<List<String>> jmhCommand(String dir, int memoryMb, List<String> inputs);

    /** Memory of the whole sandbox for a problem memory limit: the runtime's own overhead is added. */
    int containerMemoryMb(int problemMemoryMb);

    /** Compiler or interpreter output with sandbox paths rewritten to the candidate's file name. */
    String cleanDiagnostics(String dir, String output);

    static Toolchain of(Language language) {
        return language == Language.JAVA ? new JavaToolchain() : new PythonToolchain();
    }
}
