package dev.arbiter.interview.report;

import dev.arbiter.interview.record.EventType;
import dev.arbiter.interview.record.InterviewEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the session's time went, from the timeline: seconds with each problem's tab open (the first from the start),
 * and seconds the page was out of focus. Both are what the page reported, not what the candidate was thinking about.
 */
public record TimeOnProblems(Map<Integer, Long> secondsOn, long secondsAway) {

    public static TimeOnProblems of(List<InterviewEvent> events, Instant start, Instant end) {
        Map<Integer, Long> on = new HashMap<>();
        if (start == null || end == null) return new TimeOnProblems(on, 0);
        int active = 0;
        Instant since = start;
        Instant lostAt = null;
        long away = 0;
        for (InterviewEvent e : events) {
            Instant at = e.at.isAfter(end) ? end : e.at;
            if (e.type == EventType.PROBLEM_OPENED && e.problem != null) {
                on.merge(active, seconds(since, at), Long::sum);
                active = e.problem;
                since = at;
            } else if (e.type == EventType.FOCUS_LOST && lostAt == null) {
                lostAt = at;
            } else if (e.type == EventType.FOCUS_REGAINED && lostAt != null) {
                away += seconds(lostAt, at);
                lostAt = null;
            }
        }
        on.merge(active, seconds(since, end), Long::sum);
        if (lostAt != null) away += seconds(lostAt, end);
        return new TimeOnProblems(on, away);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
