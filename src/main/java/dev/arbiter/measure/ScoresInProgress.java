package dev.arbiter.measure;

/**
 * Scores that keep this node's cores for timing: one being measured here, or one waiting that this node would claim.
 * Declared here, below scoring and calibration, and provided by the score worker, so that a calibration (scoring's
 * peer) waits for scores without using the score package.
 */
public interface ScoresInProgress {

    boolean any();
}
