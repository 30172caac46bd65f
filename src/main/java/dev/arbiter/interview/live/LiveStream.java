package dev.arbiter.interview.live;

import dev.arbiter.interview.InterviewState;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Follows a session in the database and pushes it to one interviewer (SSE): "clock", "code" when a problem's code
 * changed, "event" per timeline event (id = event id, so a reconnect resumes), "verdict" when a run or submit is
 * judged. Polling every 500 ms keeps the view under a second behind the last save, on any API node.
 */
@ApplicationScoped
public class LiveStream {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CLOCK_EVERY = Duration.ofSeconds(5);
    private static final Duration MAX_FOLLOW = Duration.ofHours(5);

    private final LiveService live;

    public LiveStream(LiveService live) {
        this.live = live;
    }

    public Multi<OutboundSseEvent> follow(long id, long lastEventId, Sse sse) {
        return Multi.createFrom().emitter(emitter ->
                Infrastructure.getDefaultWorkerPool().execute(() -> run(id, lastEventId, sse, emitter)));
    }

    private void run(long id, long lastEventId, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
        Instant stop = Instant.now().plus(MAX_FOLLOW);
        Instant nextClock = Instant.MIN;
        InterviewState lastState = null;
        long cursor = lastEventId;
        Map<Integer, String> shown = new HashMap<>();
        Set<UUID> pending = new HashSet<>();
        try {
            while (!emitter.isCancelled() && Instant.now().isBefore(stop)) {
                LiveDtos.Poll poll = live.poll(id, cursor, pending);
                if (poll.clock().state() != lastState || Instant.now().isAfter(nextClock)) {
                    lastState = poll.clock().state();
                    nextClock = Instant.now().plus(CLOCK_EVERY);
                    emitter.emit(event(sse, "clock", null, poll.clock()));
                }
                for (LiveDtos.Code code : poll.code()) {
                    String key = code.language() + "\n" + code.source();
                    if (!key.equals(shown.put(code.problem(), key))) emitter.emit(event(sse, "code", null, code));
                }
                for (EventView e : poll.events()) {
                    emitter.emit(event(sse, "event", String.valueOf(e.id()), e));
                    cursor = e.id();
                    if (e.awaitingVerdict()) pending.add(e.submissionId());
                }
                for (EventView e : poll.judged()) {
                    emitter.emit(event(sse, "verdict", null, e));
                    pending.remove(e.submissionId());
                }
                if (lastState == InterviewState.COMPLETED && pending.isEmpty()) break;
                Thread.sleep(POLL.toMillis());
            }
            emitter.complete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        } catch (RuntimeException e) {
            emitter.fail(e);
        }
    }

    private static OutboundSseEvent event(Sse sse, String name, String id, Object data) {
        var event = sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data);
        if (id != null) event.id(id);
        return event.build();
    }
}
