package dev.arbiter.sandbox;

/** The sandbox itself failed (not the candidate's code): the judge answers INTERNAL_ERROR or retries. */
public class SandboxException extends RuntimeException {

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
