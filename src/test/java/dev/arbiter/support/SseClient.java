package dev.arbiter.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Predicate;

/** One Server-Sent Events client that records the names of the events it received, without a thread of its own. */
public final class SseClient implements Flow.Subscriber<String> {

    public final List<String> events = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Flow.Subscription subscription;

    public static SseClient open(HttpClient http, String url) {
        return open(http, HttpRequest.newBuilder(URI.create(url)).build());
    }

    public static SseClient open(HttpClient http, HttpRequest request) {
        SseClient client = new SseClient();
        http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(client));
        return client;
    }

    public boolean closed() {
        return closed;
    }

    public long count(Predicate<String> name) {
        return events.stream().filter(name).count();
    }

    public void cancel() {
        if (subscription != null) subscription.cancel();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (line.startsWith("event:")) events.add(line.substring(6).trim());
    }

    @Override
    public void onError(Throwable e) {
        closed = true;
    }

    @Override
    public void onComplete() {
        closed = true;
    }
}
