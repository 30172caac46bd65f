package dev.arbiter.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What this process does: everything (one-node install), only the API, or only judging. Same jar either way. */
@ConfigMapping(prefix = "arbiter")
public interface RoleConfig {

    enum Role { ALL, API, WORKER }

    @WithDefault("all")
    Role role();

    default boolean servesApi() {
        return role() != Role.WORKER;
    }

    default boolean judges() {
        return role() != Role.API;
    }
}
