package dev.arbiter.account;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Access to the admin API (sources, syncs, versions, rejudges) until accounts carry an admin role. */
@ConfigMapping(prefix = "arbiter.admin")
public interface AdminConfig {

    /** The admin token, sent as "Authorization: Bearer TOKEN"; without one the admin API is closed. */
    Optional<String> token();
}
