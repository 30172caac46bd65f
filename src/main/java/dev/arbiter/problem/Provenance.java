package dev.arbiter.problem;

import java.time.Instant;

/** Where a problem version comes from: a source, and for Git sources the commit, its author and date. */
public record Provenance(String source, String commitSha, String author, Instant committedAt) {

    public static final String LOCAL = "local";

    public static Provenance local() {
        return new Provenance(LOCAL, null, null, null);
    }
}
