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
        List<SolutionFile> solutions) {


    public record TestFile(String name, boolean sample, String input, String expected) {
    }

    public record SolutionFile(SolutionKind kind, Language language, String name, String source) {
    }

    public int timeLimitMs(Language language) {
        return yaml.limits().timeMs().get(language.id());
    }
}
