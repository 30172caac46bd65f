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

    public String classes() {
        return build + "/classes";
    }
}
