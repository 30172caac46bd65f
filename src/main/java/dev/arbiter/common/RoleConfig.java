package dev.arbiter.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * What this process does: everything (one-node install), only the API, or only judging (same jar either way), and where
 * it keeps what it writes.
 */
@ConfigMapping(prefix = "arbiter")
public interface RoleConfig {

    enum Role { ALL, API, WORKER }

    @WithDefault("all")
    Role role();

    /** The embedded database (postgres/, read by ArbiterMain before start) and Git clones (sources/) live here. */
    @WithName("data-dir")
    @WithDefault("data")
    String dataDir();

    default boolean servesApi() {
        return role() != Role.WORKER;
    }

    default boolean judges() {
        return role() != Role.API;
    }
}
