package dev.arbiter.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what candidates may send, and how live progress is read. */
@ConfigMapping(prefix = "arbiter.submission")
public interface SubmissionConfig {

    /** Largest accepted source, in bytes (UTF-8). */
    @WithDefault("65536")
    int maxSourceBytes();

    /** Waiting submissions beyond which new ones are refused with 429 and Retry-After. */
    @WithDefault("200")
    int maxQueued();

    /** The Retry-After of a refused submission, in seconds. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Largest accepted custom input, in bytes. */
    @WithDefault("1048576")
    int maxCustomInputBytes();

    /** Threads reading a changed submission once for all of its streams on this node (a pooled connection each). */
    @WithDefault("4")
    int streamReaders();
}
