package dev.arbiter.account;

import dev.arbiter.common.ApiException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Sign-up, sign-in and sessions. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password-of-anyone");

    /** A new session for a user: the raw token goes into the cookie, its hash into the database. */
    public record Session(User user, String token) {
    }

    public Session signUp(String username, String password) {
        if (User.byUsername(username).isPresent()) {
            throw new ApiException(409, "The username '" + username + "' is taken");
        }
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.createdAt = Instant.now();
        user.persist();
        return open(user);
    }

    /** {@code username} may also be the email of an account made by an admin command. */
    public Session signIn(String username, String password) {
        Optional<User> user = User.bySignInName(username);
        // compare against a dummy hash when the user is unknown, so both failures take the same time
        boolean ok = BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(DUMMY_HASH)) && user.isPresent();
        if (!ok) throw new ApiException(401, "Wrong username or password");
        return open(user.get());
    }

    public void signOut(String token) {
        if (token != null) UserSession.deleteById(hash(token));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> userFor(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return UserSession.live(hash(token)).map(s -> User.findById(s.userId));
    }

    Session open(User user) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.userId = user.id;
        session.expiresAt = Instant.now().plus(SESSION_LIFETIME);
        session.persist();
        return new Session(user, token);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
