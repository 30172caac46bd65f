package dev.arbiter.submission;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Follows a submission in the database and pushes its progress to one SSE client. Polling the table keeps API
 * nodes and worker processes independent: any node can stream any submission, whoever judges it.
 */
@ApplicationScoped
public class SubmissionStream {

    private static final Duration POLL = Duration.ofMillis(150);
    private static final Duration MAX_FOLLOW = Duration.ofMinutes(10);

    /** The state event: where the submission is and how many tests it has. */
    public record State(Submission.State state, int testsTotal, int attempt) {
    }

    private final SubmissionService submissions;

    public SubmissionStream(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** Events "state", "test" (id = ordinal; after {@code lastOrdinal} only) and finally "done". */
    public Multi<OutboundSseEvent> follow(UUID id, int lastOrdinal, Sse sse) {
        return Multi.createFrom().emitter(emitter ->
                Infrastructure.getDefaultWorkerPool().execute(() -> run(id, lastOrdinal, sse, emitter)));
    }

    private void run(UUID id, int lastOrdinal, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
        Instant deadline = Instant.now().plus(MAX_FOLLOW);
        Submission.State lastState = null;
        int attempt = -1;
        int cursor = lastOrdinal;
        try {
            while (!emitter.isCancelled() && Instant.now().isBefore(deadline)) {
                SubmissionDtos.SubmissionView view = submissions.view(id);
                if (view.attempt() != attempt) {
                    if (attempt != -1) cursor = -1; // a new judging attempt starts over
                    attempt = view.attempt();
                }
                if (view.state() != lastState) {
                    lastState = view.state();
                    emitter.emit(event(sse, "state", null, new State(view.state(), view.testsTotal(), view.attempt())));
                }
                for (SubmissionDtos.TestView test : view.tests()) {
                    if (test.ordinal() <= cursor) continue;
                    emitter.emit(event(sse, "test", String.valueOf(test.ordinal()), test));
                    cursor = test.ordinal();
                }
                if (view.state() == Submission.State.DONE) {
                    emitter.emit(event(sse, "done", null, view));
                    break;
                }
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
