package dev.arbiter.account;

import dev.arbiter.common.ApiException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Accounts as admins see them: the list, role changes, and making the first admin. */
@ApplicationScoped
@Transactional
public class AdminService {

    public record Account(long id, String username, String email, Role role, Instant createdAt) {
        static Account of(User u) {
            return new Account(u.id, u.username, u.email, u.role, u.createdAt);
        }
    }

    /** What {@link #ensureAdmin} did. */
    public enum Outcome { CREATED, PROMOTED, ALREADY_ADMIN }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> accounts() {
        return User.allByName().stream().map(Account::of).toList();
    }

    public Account setRole(long actingAdminId, long userId, Role role) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> ApiException.notFound("No account " + userId));
        if (user.id == actingAdminId && role != Role.ADMIN) {
            throw new ApiException(409, "Admins cannot take their own admin role away; ask another admin");
        }
        user.role = role;
        return Account.of(user);
    }

    /**
     * The account with this email becomes an admin: created with the password when it does not exist, otherwise
     * promoted with its password left as it is.
     */
    public Outcome ensureAdmin(String email, String password) {
        String address = email.trim();
        if (!address.matches("[^@\\s]+@[^@\\s]+")) throw ApiException.badRequest("'" + email + "' is not an email address");
        User user = User.byEmail(address).orElse(null);
        if (user != null) {
            if (user.role == Role.ADMIN) return Outcome.ALREADY_ADMIN;
            user.role = Role.ADMIN;
            return Outcome.PROMOTED;
        }
        if (password == null || password.length() < 8) throw ApiException.badRequest("the admin password needs 8 or more characters");
        user = new User();
        user.email = address;
        user.username = freeUsername(address);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = Role.ADMIN;
        user.createdAt = Instant.now();
        user.persist();
        return Outcome.CREATED;
    }

    /** A username from the email's local part (a-z, 0-9, _ and -), numbered when taken. */
    private static String freeUsername(String email) {
        String base = email.substring(0, email.indexOf('@')).toLowerCase().replaceAll("[^a-z0-9_-]", "-");
        if (base.length() < 3) base = (base + "-admin").substring(0, Math.max(3, base.length()));
        if (base.length() > 28) base = base.substring(0, 28);
        String name = base;
        for (int i = 2; User.byUsername(name).isPresent(); i++) name = base + i;
        return name;
    }
}
