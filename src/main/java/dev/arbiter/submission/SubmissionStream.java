package dev.arbiter.submission;

import dev.arbiter.common.ApiException;
import dev.arbiter.db.Listener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Live progress for every SSE client of this node from one source: a database trigger NOTIFYs the submission's id
 * on each change (V45), this node's one listener hears it, reads the submission once and fans the new events out to
 * every client following it. Any node can stream any submission, whoever judges it, and an idle stream costs no
 * query and no thread.
 */
@ApplicationScoped
public class SubmissionStream {

    private static final Logger LOG = Logger.getLogger(SubmissionStream.class);
    static final String CHANNEL = "submission_progress";
    private static final Duration MAX_FOLLOW = Duration.ofMinutes(10);

    /** The clients of one submission; one read at a time, and at most one more waiting, however many changes come. */
    private static final class Topic {
        final Set<Follower> followers = new CopyOnWriteArraySet<>();
        final AtomicBoolean pending = new AtomicBoolean();
    }

    private final SubmissionService submissions;
    private final Map<UUID, Topic> topics = new ConcurrentHashMap<>();
    private final ExecutorService readers;
    private final String url;
    private final String user;
    private final String password;
    private Listener listener;

    public SubmissionStream(SubmissionService submissions, SubmissionConfig config, MeterRegistry metrics,
                            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.submissions = submissions;
        this.url = url;
        this.user = user;
        this.password = password;
        this.readers = Executors.newFixedThreadPool(config.streamReaders(), r -> {
            Thread t = new Thread(r, "submission-stream");
            t.setDaemon(true);
            return t;
        });
        Gauge.builder("arbiter.submission.streams", this, SubmissionStream::followers)
                .description("Live progress streams open on this node").register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        listen();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) listener.close();
        readers.shutdownNow();
    }

    private synchronized void listen() {
        if (listener == null) listener = new Listener(url, user, password, CHANNEL, this::changed, this::catchUp);
    }

    /** Events "state", "test" (id = ordinal; after {@code lastOrdinal} only) and finally "done". */
    public Multi<OutboundSseEvent> follow(UUID id, int lastOrdinal, Sse sse) {
        listen();
        Multi<OutboundSseEvent> events = Multi.createFrom().emitter(emitter -> {
            Follower follower = new Follower(emitter, sse, lastOrdinal);
            Topic topic = topics.computeIfAbsent(id, k -> new Topic());
            topic.followers.add(follower);
            emitter.onTermination(() -> leave(id, follower));
            refresh(id, topic); // registered first, so no change between this read and the next one is missed
        });
        return events.select().first(MAX_FOLLOW);
    }

    /** Clients on this node following some submission. */
    public int followers() {
        return topics.values().stream().mapToInt(t -> t.followers.size()).sum();
    }

    private void leave(UUID id, Follower follower) {
        topics.computeIfPresent(id, (k, topic) -> {
            topic.followers.remove(follower);
            return topic.followers.isEmpty() ? null : topic;
        });
    }

    private void changed(String payload) {
        UUID id;
        try {
            id = UUID.fromString(payload);
        } catch (IllegalArgumentException e) {
            return;
        }
        Topic topic = topics.get(id);
        if (topic != null) refresh(id, topic);
    }

    /** After (re)connecting the listener: changes may have been missed, so every followed submission is read again. */
    private void catchUp() {
        topics.forEach(this::refresh);
    }

    private void refresh(UUID id, Topic topic) {
        if (!topic.pending.compareAndSet(false, true)) return;
        readers.execute(() -> {
            synchronized (topic) {
                topic.pending.set(false);
                if (topic.followers.isEmpty()) return;
                try {
                    SubmissionDtos.SubmissionView view = submissions.view(id);
                    topic.followers.forEach(f -> {
                        if (f.offer(view)) leave(id, f);
                    });
                } catch (ApiException e) {
                    topic.followers.forEach(f -> f.fail(e));
                } catch (RuntimeException e) {
                    LOG.warnf("Reading submission %s for its streams failed: %s", id, e.getMessage());
                    topic.followers.forEach(f -> f.fail(e));
                }
            }
        });
    }
}
