package dev.arbiter.sources;

import java.time.Instant;
import java.util.List;

/** What the admin sources API returns. */
public final class SourceDtos {

    private SourceDtos() {
    }

    public record Failure(String commit, String slug, String file, int line, String reason) {
        static Failure of(SyncFailure f) {
            return new Failure(f.commitSha, f.slug, f.file, f.line, f.reason);
        }

        /** file:line: reason, as the log and the validate command print it. */
        public String where() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    public record Sync(long id, String from, String to, SourceSync.State state, List<String> published, String message,
                       Instant startedAt, Instant finishedAt, List<Failure> failures) {
    }

    /** Where a source's packages come from. */
    public enum Kind {
        FOLDER, GIT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A source: where it is (no credentials), what it was last synced to, and its recent syncs, newest first. */
    public record Source(String name, Kind kind, String url, String branch, String subfolder, boolean webhook,
                         String lastCommit, Instant lastSyncAt, List<Sync> syncs) {
    }
}
