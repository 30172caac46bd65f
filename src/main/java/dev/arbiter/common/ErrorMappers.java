package dev.arbiter.common;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Renders every error as one JSON problem body: {"status": 400, "error": "...", "message": "..."}. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    public record ErrorBody(int status, String error, String message) {
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder response = body(e.status(), e.getMessage());
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> leaf(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        return body(400, message).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // a body that is not JSON at all reaches here wrapped, and said only "HTTP 400 Bad Request"
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException shape) return mismatched(shape);
            if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json) return unreadable(json);
        }
        // a URL value that does not convert (?page=abc, a malformed id) is a 404 by the JAX-RS rules: say which value
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null && e.getCause().getMessage() != null
                && !(e.getCause() instanceof WebApplicationException)) {
            return body(status, "Not found: a value in the URL is not of its type (" + e.getCause().getMessage() + ")").build();
        }
        return body(status, e.getMessage()).build();
    }

    /** A body that is not the JSON the endpoint takes: what is wrong, without Jackson's location noise. */
    @ServerExceptionMapper
    public Response unreadable(com.fasterxml.jackson.core.JsonProcessingException e) {
        return body(400, "The request body is not valid: " + e.getOriginalMessage()).build();
    }

    /**
     * A value of the wrong shape or type, said as where it is and what it should be (Quarkus's own mapper for these
     * would answer with an empty body, Jackson's message with the Java type it tried to make).
     */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return body(400, "The request body is not valid: " + JsonShapes.describe(e)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error", e);
        return body(500, "Internal error; the server log has the details").build();
    }

    private static Response.ResponseBuilder body(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(errorBody(status, message));
    }

    /** The one error shape, for these mappers and for the refusals made before any endpoint runs (EdgeErrors). */
    static ErrorBody errorBody(int status, String message) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new ErrorBody(status, known == null ? "Error" : known.getReasonPhrase(), message);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
