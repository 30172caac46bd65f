package dev.arbiter.interview.live;

import dev.arbiter.interview.InterviewState;
import dev.arbiter.interview.record.Snapshot;

import java.time.Instant;
import java.util.List;

/** What the live view and the playback read. */
public final class LiveDtos {

    private LiveDtos() {
    }

    /** The "clock" event: the session's state and deadline with the server's time, for the time left. */
    public record Clock(InterviewState state, Instant startedAt, Instant deadlineAt, Instant completedAt, Instant serverNow) {
    }

    /** The "code" event: one problem's current code. */
    public record Code(int problem, String language, String source, Instant savedAt) {
    }

    public record ProblemRef(int position, String slug, String title) {
    }

    /** Everything playback needs: snapshots as edits (applied in order per problem) and the events to mark. */
    public record Timeline(long id, String candidateName, Clock clock, List<ProblemRef> problems,
                           List<Snapshot> snapshots, List<EventView> events) {
    }

    /** One poll of a session for the live stream. */
    record Poll(Clock clock, List<Code> code, List<EventView> events, List<EventView> judged) {
    }
}
