package dev.arbiter.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body over quarkus.http.limits.max-body-size gets a 413 that says so, in the API's JSON error shape: the
 * HTTP layer's own 413 had an empty body, so a client (and the web app) could only show "413 Request Entity Too
 * Large". A declared length is refused before anything is read; a body sent in chunks, with no length, is read here
 * up to the limit (the endpoints then take it as read) and refused at the first byte past it.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        BodyHandler chunkedReader = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                refuse(ctx.response(), "The request body is " + length.trim() + " bytes; at most " + maxBytes + " are read");
            } else if (length == null && chunked(ctx.request())) {
                chunkedReader.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().order(-100).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx.response(), "The request body is over " + maxBytes + " bytes, the most that is read");
            } else {
                ctx.next();
            }
        });
    }

    private static boolean chunked(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
    }

    private void refuse(HttpServerResponse response, String message) {
        EdgeErrors.end(response.putHeader(HttpHeaders.CONNECTION, "close"), json, 413, message);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer answers a malformed length itself
        }
    }
}
