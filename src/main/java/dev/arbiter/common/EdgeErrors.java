package dev.arbiter.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/** A refusal made at the HTTP edge, before any endpoint runs, in the same JSON shape as ErrorMappers' answers. */
final class EdgeErrors {

    private EdgeErrors() {
    }

    static void end(HttpServerResponse response, ObjectMapper json, int status, String message) {
        String body;
        try {
            body = json.writeValueAsString(ErrorMappers.errorBody(status, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body of three plain fields always serialises", e);
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
    }
}
