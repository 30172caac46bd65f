package dev.arbiter.interview.live;

import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewProblem;
import dev.arbiter.interview.InterviewService;
import dev.arbiter.interview.record.InterviewEvent;
import dev.arbiter.interview.record.Snapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads a session for interviewers: the live state (one poll) and the whole timeline for playback. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LiveService {

    private final Snapshots snapshots;
    private final InterviewClock clock;

    public LiveService(Snapshots snapshots, InterviewClock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public void require(long id) {
        Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
    }

    public LiveDtos.Timeline timeline(long id) {
        Interview i = Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
        List<LiveDtos.ProblemRef> problems = InterviewProblem.of(id).stream()
                .map(p -> new LiveDtos.ProblemRef(p.position, p.slug, p.title)).toList();
        return new LiveDtos.Timeline(id, i.candidateName, clock(i), problems, snapshots.after(id, 0),
                InterviewEvent.of(id).stream().map(EventView::of).toList());
    }

    /** The clock, every problem's code, events after {@code afterEvent}, and those of {@code pending} now judged. */
    LiveDtos.Poll poll(long id, long afterEvent, Set<UUID> pending) {
        Interview i = Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
        List<LiveDtos.Code> code = InterviewProblem.of(id).stream().filter(p -> p.source != null)
                .map(p -> new LiveDtos.Code(p.position, p.language, p.source, p.savedAt)).toList();
        List<EventView> events = InterviewEvent.after(id, afterEvent).stream().map(EventView::of).toList();
        List<EventView> judged = pending.isEmpty() ? List.of() : InterviewEvent.of(id).stream()
                .filter(e -> e.submissionId != null && pending.contains(e.submissionId))
                .map(EventView::of).filter(v -> !v.awaitingVerdict()).toList();
        return new LiveDtos.Poll(clock(i), code, events, judged);
    }

    private LiveDtos.Clock clock(Interview i) {
        return new LiveDtos.Clock(i.state, i.startedAt, i.deadlineAt, i.completedAt, clock.now());
    }
}
