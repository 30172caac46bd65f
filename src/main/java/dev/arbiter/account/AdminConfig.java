package dev.arbiter.account;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Admin settings: the first admin from the environment (ARBITER_ADMIN_EMAIL, _PASSWORD) and the admin API token. */
@ConfigMapping(prefix = "arbiter.admin")
public interface AdminConfig {

    Optional<String> email();

    Optional<String> password();

    /** A token for scripts and CI ("Authorization: Bearer TOKEN") that opens the admin API as a signed-in admin does. */
    Optional<String> token();
}
