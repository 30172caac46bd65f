package dev.arbiter.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what candidates may send. */
@ConfigMapping(prefix = "arbiter.submission")
public interface SubmissionConfig {

    /** Largest accepted source, in bytes (UTF-8). */
    @WithDefault("65536")
    int maxSourceBytes();

    /** Waiting submissions beyond which new ones are refused with 429 and Retry-After. */
    @WithDefault("200")
    int maxQueued();

    /** Largest accepted custom input, in bytes. */
    @WithDefault("1048576")
    int maxCustomInputBytes();
}
