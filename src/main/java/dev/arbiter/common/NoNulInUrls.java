package dev.arbiter.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a NUL character (%00) anywhere in a request's URL, as NoNulStrings does in bodies: a slug, filter or id
 * holding one reached PostgreSQL, which cannot take it in text, and the request ended as a 500. No name here has one.
 */
@ApplicationScoped
public class NoNulInUrls {

    private final ObjectMapper json;

    public NoNulInUrls(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-101).handler(ctx -> {
            if (ctx.request().uri().contains("%00")) {
                EdgeErrors.end(ctx.response(), json, 400,
                        "The URL contains %00, a NUL character, which no name, filter or id here holds");
            } else {
                ctx.next();
            }
        });
    }
}
