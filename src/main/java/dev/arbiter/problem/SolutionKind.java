package dev.arbiter.problem;

import dev.arbiter.common.Verdict;

import java.util.Arrays;
import java.util.Optional;

/** What a package promises of a shipped solution: the folder it sits in under solutions/, and so its verdict. */
public enum SolutionKind {
    ACCEPTED("accepted", Verdict.ACCEPTED),
    WRONG_ANSWER("wrong_answer", Verdict.WRONG_ANSWER),
    TIME_LIMIT_EXCEEDED("time_limit_exceeded", Verdict.TIME_LIMIT_EXCEEDED),
    RUNTIME_ERROR("runtime_error", Verdict.RUNTIME_ERROR),
    MEMORY_LIMIT_EXCEEDED("memory_limit_exceeded", Verdict.MEMORY_LIMIT_EXCEEDED);

    private final String folder;
    private final Verdict expected;

    SolutionKind(String folder, Verdict expected) {
        this.folder = folder;
        this.expected = expected;
    }

    public String folder() {
        return folder;
    }

    /** The verdict a solution of this kind must get. */
    public Verdict expected() {
        return expected;
    }

    public static Optional<SolutionKind> fromFolder(String name) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(name)).findFirst();
    }

    public static String folders() {
        return Arrays.stream(values()).map(SolutionKind::folder).toList().toString();
    }
}
