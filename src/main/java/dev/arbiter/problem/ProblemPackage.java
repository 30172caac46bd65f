package dev.arbiter.problem;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;

import java.util.List;

/** A problem package read from disk and checked: everything the catalog stores about one problem. */
public record ProblemPackage(
        String slug,
        String version,
        ProblemYaml yaml,
        Mode mode,
        String statementMarkdown,
        String specJson,
        String checkerJson,
        String checkerProgram,
        String generatorSource,
        List<TestFile> tests,
        List<SolutionFile> solutions,
        ProblemVersion.Format format,
        Calibrated calibrated,
        List<String> notes,
        List<ImageFile> images) {


    public record TestFile(String name, boolean sample, String input, String expected) {
    }

    public record SolutionFile(SolutionKind kind, Language language, String name, String source) {
    }

    /** An image the statement shows, by the name the statement gives it. */
    public record ImageFile(String name, String contentType, byte[] bytes) {
    }

    /**
     * A time limit that comes from calibration (Kattis): the slowest accepted run times {@code multiplier}, rounded up
     * to a multiple of {@code resolutionSeconds}, unless the package declares one ({@code declaredMs}); known-slow
     * solutions must exceed the limit times {@code safetyMargin}. The package's time_ms are provisional until then.
     */
    public record Calibrated(double multiplier, double safetyMargin, double resolutionSeconds, Integer declaredMs) {
    }

    /** An Arbiter-format package: declared limits, nothing to note. */
    public ProblemPackage(String slug, String version, ProblemYaml yaml, Mode mode, String statementMarkdown,
                          String specJson, String checkerJson, String checkerProgram, String generatorSource,
                          List<TestFile> tests, List<SolutionFile> solutions, List<ImageFile> images) {
        this(slug, version, yaml, mode, statementMarkdown, specJson, checkerJson, checkerProgram, generatorSource,
                tests, solutions, ProblemVersion.Format.ARBITER, null, List.of(), images);
    }

    public int timeLimitMs(Language language) {
        return yaml.limits().timeMs().get(language.id());
    }
}
