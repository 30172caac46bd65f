package dev.arbiter.interview.candidate;

import dev.arbiter.common.ApiException;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of invite links: an address that sent too many unknown tokens within the window gets 429 for
 * every token request, right or wrong (a right one answering differently would tell the guesser it hit). Per node:
 * a guesser spread over several nodes gets a few times the budget, still nowhere near 2^256.
 */
@ApplicationScoped
public class TokenThrottle {

    private final InterviewConfig config;
    private final InterviewClock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public TokenThrottle(InterviewConfig config, InterviewClock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Refuses the request (429 with Retry-After) when the address used up its wrong tries. */
    public void check(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) return;
        synchronized (times) {
            Instant now = clock.now();
            Duration window = Duration.ofSeconds(config.tokenFailureWindowSeconds());
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) times.pollFirst();
            if (times.size() >= config.tokenFailuresPerAddress()) {
                long wait = Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
                throw new ApiException(429, "Too many unknown invite links from your address; try again later", (int) wait);
            }
        }
    }

    public void failed(String address) {
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.now());
        }
        if (failures.size() > 100_000) failures.clear(); // bounded memory under a flood of addresses
    }

    /** Forgets every address (tests; an operator could expose it later). */
    public void reset() {
        failures.clear();
    }
}
