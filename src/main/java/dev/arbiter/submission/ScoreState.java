package dev.arbiter.submission;

/** Where a submission's performance score stands: being measured, measured, or without a fair figure. */
public enum ScoreState { PENDING, DONE, FAILED }
