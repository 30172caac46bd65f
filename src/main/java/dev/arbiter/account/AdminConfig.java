package dev.arbiter.account;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The first admin from the environment: ARBITER_ADMIN_EMAIL and ARBITER_ADMIN_PASSWORD. */
@ConfigMapping(prefix = "arbiter.admin")
public interface AdminConfig {

    Optional<String> email();

    Optional<String> password();
}
