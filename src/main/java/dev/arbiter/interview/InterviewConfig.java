package dev.arbiter.interview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Interview sessions: deadline grace, the deadline job, invite-link guessing limits, signal thresholds. */
@ConfigMapping(prefix = "arbiter.interview")
public interface InterviewConfig {

    /** Seconds after the deadline during which requests already in flight are still accepted. */
    @WithDefault("5")
    int graceSeconds();

    /** Whether this node runs the deadline job (auto-submit and complete); every API node may, exactly one wins. */
    @WithDefault("true")
    boolean finalize();

    /** How often the deadline job looks for sessions past their deadline (milliseconds). */
    @WithDefault("1000")
    int finalizePollMillis();

    /** Wrong invite tokens one address may try per window before its token requests are refused with 429. */
    @WithDefault("20")
    int tokenFailuresPerAddress();

    @WithDefault("600")
    int tokenFailureWindowSeconds();

    /** Pastes of at least this many characters are recorded as events (with their size). */
    @WithDefault("80")
    int largePasteChars();

    /** Dice similarity of winnowed fingerprints (0-1) from which the report shows a match. */
    @WithDefault("0.5")
    double similarityThreshold();

    /** The address invite links start with (e.g. https://arbiter.example.com); the request's own when unset. */
    Optional<String> publicUrl();
}
