package dev.arbiter.interview;

/** Where a session is: invited and not started, running against its deadline, or finished (read-only). */
public enum InterviewState {
    SCHEDULED, RUNNING, COMPLETED
}
