package dev.arbiter.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the problem catalog comes from. */
@ConfigMapping(prefix = "arbiter.catalog")
public interface CatalogConfig {

    /** The folder holding one sub-folder per problem package. */
    @WithDefault("problems")
    String dir();

    /** Load the catalog at start-up. */
    @WithDefault("true")
    boolean loadAtStart();
}
