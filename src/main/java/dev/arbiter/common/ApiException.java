package dev.arbiter.common;

import jakarta.ws.rs.core.Response;

/** A request the API refuses, with the HTTP status and a message meant for the caller. */
public class ApiException extends RuntimeException {

    private final int status;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    public ApiException(int status, String message, Integer retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND.getStatusCode(), message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Response.Status.BAD_REQUEST.getStatusCode(), message);
    }

    public int status() {
        return status;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
