package dev.arbiter.account;

import dev.arbiter.common.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the admin API: a signed-in ADMIN (the web app), or a caller presenting the configured admin token
 * (arbiter.admin.token: scripts, {@code ./arbiter sync}, CI). A request that sends a token is judged by the token alone.
 */
@RequestScoped
public class AdminAccess {

    private final HttpServerRequest request;
    private final AdminConfig config;
    private final CurrentUser current;

    public AdminAccess(HttpServerRequest request, AdminConfig config, CurrentUser current) {
        this.request = request;
        this.config = config;
        this.current = current;
    }

    /** Throws 401 for a wrong token or nobody signed in, 403 for a signed-in user who is not an admin. */
    public void require() {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            current.requireRole(Role.ADMIN);
            return;
        }
        String given = header.substring(7).strip();
        String token = config.token().filter(t -> !t.isBlank()).orElse(null);
        if (token == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "Wrong admin token (arbiter.admin.token); or sign in as an admin");
        }
    }
}
