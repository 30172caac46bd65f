package dev.arbiter.interview.record;

import java.time.Instant;

/** A saved state of one problem's code, stored as the edit from the problem's previous snapshot. */
public record Snapshot(int seq, int problem, Instant at, String language, Origin origin, TextEdit edit) {

    /** Why the code was saved: the editor's debounced autosave, or a run or submit. */
    public enum Origin { EDIT, RUN, SUBMIT }
}
