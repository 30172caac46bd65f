package dev.arbiter.cli;

import dev.arbiter.account.AdminService;
import dev.arbiter.common.ApiException;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

import java.io.Console;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code arbiter admin create EMAIL}: makes the account with this email an admin (created when missing). The password
 * comes from ARBITER_ADMIN_PASSWORD, else from a prompt, else a random one is printed once.
 */
public class AdminCommand implements QuarkusApplication {

    @Inject
    AdminService admin;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        if (args.length != 3 || !args[1].equals("create")) {
            out.println("usage: arbiter admin create EMAIL");
            return 2;
        }
        String email = args[2];
        String password = System.getenv("ARBITER_ADMIN_PASSWORD");
        boolean generated = false;
        if (password == null || password.isBlank()) {
            password = prompt();
            if (password == null) {
                byte[] raw = new byte[15];
                new SecureRandom().nextBytes(raw);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
                generated = true;
            }
        }
        try {
            AdminService.Outcome outcome = admin.ensureAdmin(email, password);
            switch (outcome) {
                case CREATED -> out.println("Created admin " + email + (generated ? " with password " + password
                        + " (shown once; sign in with the email)" : ""));
                case PROMOTED -> out.println(email + " is now an admin (password unchanged)");
                case ALREADY_ADMIN -> out.println(email + " was already an admin");
            }
            return 0;
        } catch (ApiException e) {
            out.println("admin create failed: " + e.getMessage());
            return 1;
        }
    }

    /** Asks twice on a terminal; null when there is none (then a password is generated). */
    private static String prompt() {
        Console console = System.console();
        if (console == null) return null;
        char[] first = console.readPassword("Password for the admin (8+ characters, empty to generate one): ");
        if (first == null || first.length == 0) return null;
        char[] again = console.readPassword("Again: ");
        if (!Arrays.equals(first, again)) throw new IllegalArgumentException("the passwords differ");
        return new String(first);
    }
}
