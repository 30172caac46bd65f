package dev.arbiter.problem;

/** One reason a problem package cannot be loaded, pointing at a file and (when known) a line. */
public record PackageError(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
