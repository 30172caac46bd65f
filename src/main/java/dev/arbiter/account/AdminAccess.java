package dev.arbiter.account;

import dev.arbiter.common.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the admin API. Today: a caller presenting the configured admin token (arbiter.admin.token). This is
 * the one seam to change when accounts get roles: an ADMIN user should pass here too.
 */
@RequestScoped
public class AdminAccess {

    private final HttpServerRequest request;
    private final AdminConfig config;

    public AdminAccess(HttpServerRequest request, AdminConfig config) {
        this.request = request;
        this.config = config;
    }

    /** Throws 401 unless the request carries the admin token (403 when no token is configured at all). */
    public void require() {
        String token = config.token().filter(t -> !t.isBlank())
                .orElseThrow(() -> new ApiException(403, "The admin API is closed: set arbiter.admin.token"));
        String header = request.getHeader("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "The admin API needs the admin token (Authorization: Bearer ...)");
        }
    }
}
