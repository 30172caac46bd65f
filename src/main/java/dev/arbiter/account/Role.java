package dev.arbiter.account;

/** What an account may do: candidates practise, interviewers run sessions, admins also manage accounts. */
public enum Role {
    CANDIDATE, INTERVIEWER, ADMIN;

    /** Admins may do everything interviewers may; interviewers everything candidates may. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
