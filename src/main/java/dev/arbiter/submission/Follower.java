package dev.arbiter.submission;

import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/**
 * One SSE client following one submission: remembers what it was sent (state, attempt, last test ordinal) so each
 * fresh view of the submission turns into only the events this client has not seen yet.
 */
final class Follower {

    /** The state event: where the submission is and how many tests it has. */
    record State(Submission.State state, int testsTotal, int attempt) {
    }

    private final MultiEmitter<? super OutboundSseEvent> emitter;
    private final Sse sse;
    private Submission.State lastState;
    private int attempt = -1;
    private int cursor;
    private boolean finished;

    Follower(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, int lastOrdinal) {
        this.emitter = emitter;
        this.sse = sse;
        this.cursor = lastOrdinal;
    }

    /** Sends what is new in the view; returns true once the submission is done and the stream complete. */
    synchronized boolean offer(SubmissionDtos.SubmissionView view) {
        if (finished || emitter.isCancelled()) return true;
        if (view.attempt() != attempt) {
            if (attempt != -1) cursor = -1; // a new judging attempt starts over
            attempt = view.attempt();
            lastState = null;
        }
        if (view.state() != lastState) {
            lastState = view.state();
            emitter.emit(event("state", null, new State(view.state(), view.testsTotal(), view.attempt())));
        }
        for (SubmissionDtos.TestView test : view.tests()) {
            if (test.ordinal() <= cursor) continue;
            emitter.emit(event("test", String.valueOf(test.ordinal()), test));
            cursor = test.ordinal();
        }
        if (view.state() == Submission.State.DONE) {
            emitter.emit(event("done", null, view));
            finished = true;
            emitter.complete();
        }
        return finished;
    }

    synchronized void fail(Throwable e) {
        if (finished) return;
        finished = true;
        emitter.fail(e);
    }

    private OutboundSseEvent event(String name, String id, Object data) {
        var event = sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data);
        if (id != null) event.id(id);
        return event.build();
    }
}
