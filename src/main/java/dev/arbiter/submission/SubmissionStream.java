package dev.arbiter.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Follows a submission in the database and pushes its progress to one SSE client. Polling the table keeps API
 * nodes and worker processes independent: any node can stream any submission, whoever judges it.
 */
@ApplicationScoped
public class SubmissionStream {

    private static final Duration POLL = Duration.ofMillis(150);
    private static final Duration MAX_FOLLOW = Duration.ofMinutes(10);

    private final SubmissionService submissions;

    public SubmissionStream(SubmissionService submissions) {
        this.submissions = submissions;
    }

    public void follow(UUID id, int lastOrdinal, SseEventSink sink, Sse sse) {
        Instant deadline = Instant.now().plus(MAX_FOLLOW);
        String lastState = null;
        int attempt = -1;
        int cursor = lastOrdinal;
        try (sink) {
            while (!sink.isClosed() && Instant.now().isBefore(deadline)) {
                SubmissionDtos.SubmissionView view = submissions.view(id);
                if (view.attempt() != attempt) {
                    if (attempt != -1) cursor = -1;
                    attempt = view.attempt();
                }
                if (!view.state().equals(lastState)) {
                    lastState = view.state();
                    send(sink, sse, "state", null, new State(view.state(), view.testsTotal(), view.attempt()));
                }
                for (SubmissionDtos.TestView test : newer(view.tests(), cursor)) {
                    send(sink, sse, "test", String.valueOf(test.ordinal()), test);
                    cursor = test.ordinal();
                }
                if (view.state().equals(Submission.State.DONE.name())) {
                    send(sink, sse, "done", null, view);
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The state event: where the submission is and how many tests it has. */
    public record State(String state, int testsTotal, int attempt) {
    }

    private static List<SubmissionDtos.TestView> newer(List<SubmissionDtos.TestView> tests, int cursor) {
        return tests.stream().filter(t -> t.ordinal() > cursor).toList();
    }

    private static void send(SseEventSink sink, Sse sse, String name, String id, Object data) {
        var event = sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data);
        if (id != null) event.id(id);
        sink.send(event.build()).toCompletableFuture().join();
    }
}
