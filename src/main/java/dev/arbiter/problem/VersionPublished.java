package dev.arbiter.problem;

/** A problem's current version changed (fired after the publishing transaction commits); previous is null at first. */
public record VersionPublished(long problemId, String slug, Long previousVersionId, long versionId) {
}
