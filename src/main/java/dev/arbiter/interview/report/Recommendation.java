package dev.arbiter.interview.report;

/** The interviewer's overall call on a scorecard. */
public enum Recommendation {
    STRONG_NO_HIRE, NO_HIRE, HIRE, STRONG_HIRE
}
