package dev.arbiter.problem;

import dev.arbiter.lang.Mode;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the catalog API returns; entities never leave through the API. */
public final class ProblemDtos {

    private ProblemDtos() {
    }

    public record Summary(String slug, String title, String difficulty, Set<String> tags, Mode mode) {
        static Summary of(Problem p) {
            return new Summary(p.slug, p.title, p.difficulty, p.tags, p.mode);
        }
    }

    public record SummaryPage(List<Summary> items, int page, int size, long total) {
    }

    public record Sample(String name, String input, String expected) {
    }

    public record Limits(Map<String, Integer> timeMs, int memoryMb) {
    }

    public record Detail(String slug, String title, String difficulty, Set<String> tags, Mode mode, String version,
                         String statementMarkdown, String statementHtml, List<Sample> samples, JsonNode spec,
                         String checker, Limits limits, Map<String, String> starterCode, VersionView versionInfo) {
    }

    /** A published version: its id, content hash, source, commit (Git sources) and when it was published. */
    public record VersionView(long id, String version, String source, ProblemVersion.Format format, String commit, String author,
                              java.time.Instant committedAt, java.time.Instant publishedAt, boolean current) {
        static VersionView of(ProblemVersion v, Problem p) {
            return new VersionView(v.id, v.version, v.source, v.format, v.commitSha, v.author,
                    v.committedAt, v.publishedAt, v.id.equals(p.currentVersionId));
        }
    }
}
