package dev.arbiter.rejudge;

import dev.arbiter.common.Verdict;
import dev.arbiter.problem.ProblemVersion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the admin versions API returns. */
public final class VersionDtos {

    private VersionDtos() {
    }

    /** A version of any state, with its validation or calibration message. */
    public record Version(long id, String slug, String version, ProblemVersion.State state, String source,
                          ProblemVersion.Format format, String commit, String author, Instant committedAt,
                          Instant publishedAt, boolean current, Map<String, Integer> timeLimitMs, String message) {
    }

    /** One rejudged submission: its stored verdict, and the verdict its code gets on the new version (null: pending). */
    public record Item(UUID original, Verdict originalVerdict, UUID rejudge, Verdict verdict) {
    }

    /**
     * How the previous version's accepted submissions fare on this one: moves are "ACCEPTED -> WRONG_ANSWER" and the
     * like, each with its submissions; unchanged ones count under "ACCEPTED -> ACCEPTED".
     */
    public record Rejudge(long id, long fromVersionId, String fromVersion, int eligible, int rejudged, int pending,
                          Map<String, List<UUID>> moves, List<Item> items) {
    }

    public record VersionPage(Version version, List<Rejudge> rejudges) {
    }
}
