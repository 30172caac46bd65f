package dev.arbiter.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Sign up, sign in, sign out and "who am I", with an HttpOnly session cookie. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(
            @NotNull(message = "username is required")
            @Pattern(regexp = "[a-z0-9_-]{3,32}", message = "use 3 to 32 of a-z, 0-9, _ and -") String username,
            @NotNull(message = "password is required")
            @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password) {
    }

    /** Sign-in takes a username or, for accounts made by an admin command, an email. */
    public record SignIn(
            @NotNull(message = "username is required") @Size(min = 1, max = 254, message = "must be 1 to 254 characters") String username,
            @NotNull(message = "password is required") @Size(max = 200, message = "must be at most 200 characters") String password) {
    }

    public record Me(long id, String username, Role role) {
        static Me of(User u) {
            return new Me(u.id, u.username, u.role);
        }
    }

    private final AccountService accounts;
    private final CurrentUser current;

    public AuthResource(AccountService accounts, CurrentUser current) {
        this.accounts = accounts;
        this.current = current;
    }

    @POST
    @Path("/signup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(@Valid @NotNull Credentials credentials) {
        return withCookie(Response.status(201), accounts.signUp(credentials.username(), credentials.password()));
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@Valid @NotNull SignIn credentials) {
        return withCookie(Response.ok(), accounts.signIn(credentials.username(), credentials.password()));
    }

    @POST
    @Path("/logout")
    public Response logout() {
        accounts.signOut(current.token());
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    @GET
    @Path("/me")
    public Me me() {
        current.requireUserId();
        return Me.of(current.user().orElseThrow());
    }

    private static Response withCookie(Response.ResponseBuilder response, AccountService.Session session) {
        return response.entity(Me.of(session.user()))
                .cookie(cookie(session.token(), (int) AccountService.SESSION_LIFETIME.toSeconds())).build();
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(CurrentUser.COOKIE).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
