package dev.arbiter.account;

import dev.arbiter.common.ApiException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** Who is calling, from the session cookie; resolved once per request. */
@RequestScoped
public class CurrentUser {

    public static final String COOKIE = "arbiter_session";

    private final HttpServerRequest request;
    private final AccountService accounts;
    private Optional<User> user;

    public CurrentUser(HttpServerRequest request, AccountService accounts) {
        this.request = request;
        this.accounts = accounts;
    }

    public Optional<User> user() {
        if (user == null) {
            Cookie cookie = request.getCookie(COOKIE);
            user = accounts.userFor(cookie == null ? null : cookie.getValue());
        }
        return user;
    }

    public Optional<Long> userId() {
        return user().map(u -> u.id);
    }

    public long requireUserId() {
        return userId().orElseThrow(() -> new ApiException(401, "Sign in first"));
    }

    /** The signed-in user if their role includes {@code role}: 401 when nobody is signed in, 403 otherwise. */
    public User requireRole(Role role) {
        User u = user().orElseThrow(() -> new ApiException(401, "Sign in first"));
        if (!u.role.includes(role)) {
            throw new ApiException(403, "This needs the " + role.name().toLowerCase() + " role; ask an admin");
        }
        return u;
    }

    public String token() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
