package dev.arbiter.interview.record;

/** What the timeline records. The candidate page may report only the first five; the server records the rest. */
public enum EventType {
    PROBLEM_OPENED, LANGUAGE_SWITCH, PASTE, FOCUS_LOST, FOCUS_REGAINED,
    STARTED, RUN, SUBMIT, AUTO_SUBMIT, COMPLETED;

    public boolean fromCandidate() {
        return ordinal() <= FOCUS_REGAINED.ordinal();
    }

    public boolean judged() {
        return this == RUN || this == SUBMIT || this == AUTO_SUBMIT;
    }
}
