package dev.arbiter.rejudge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rejudges of a new version. */
@ConfigMapping(prefix = "arbiter.rejudge")
public interface RejudgeConfig {

    /** The most recent accepted submissions of the previous version rejudged per new version (0 turns it off). */
    @WithDefault("200")
    int maxSubmissions();
}
