package dev.arbiter.lang;

import dev.arbiter.sandbox.RunnerSession.User;

/**
 * Where one program lives in a sandbox and who may touch it. A submission's sources and spec are the judge's
 * (read-only to it) and its build output the candidate's own; a reference measured next to it belongs to a user of
 * its own in /ref, which the candidate can neither read nor change.
 */
public record Workspace(String root, String build, User files, User runs) {

    public static final Workspace SUBMISSION = candidate("sub");
    public static final Workspace REFERENCE = new Workspace("/ref", "/ref", User.REFERENCE, User.REFERENCE);

    /** A program of the candidate's user under /work/NAME (build output in /tmp/NAME). */
    public static Workspace candidate(String name) {
        return new Workspace("/work/" + name, "/tmp/" + name, User.JUDGE, User.CANDIDATE);
    }

    public String source(String fileName) {
        return root + "/src/" + fileName;
    }

    public String spec() {
        return root + "/spec.json";
    }

    /** Where the compiler writes: the program's own user compiles it, so that javac reads the candidate's source as them. */
    public String compiled() {
        return build + "/classes";
    }

    /**
     * What the program's runs load. Where it does not own its workspace (a submission), a copy of {@link #compiled()}
     * the judge made beside the sources once it was compiled: a score runs the submission again and again in fresh
     * processes, and a class file it overwrote in its first run would be what every later one loaded
     * (docs/SECURITY.md). Elsewhere (the reference, a user of its own) the compiler's output itself.
     */
    public String classes() {
        return sealsBuild() ? root + "/classes" : compiled();
    }

    /** The program's user cannot write its workspace, so its build is copied there, out of its reach. */
    public boolean sealsBuild() {
        return files != runs;
    }
}
