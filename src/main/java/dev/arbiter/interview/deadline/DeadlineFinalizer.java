package dev.arbiter.interview.deadline;

import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewConfig;
import dev.arbiter.interview.InterviewProblem;
import dev.arbiter.interview.InterviewState;
import dev.arbiter.interview.record.EventType;
import dev.arbiter.interview.record.InterviewJudging;
import dev.arbiter.interview.record.SessionRecorder;
import dev.arbiter.lang.JavaToolchain;
import dev.arbiter.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finalizes one session past its deadline plus grace, in one transaction: claim it (FOR UPDATE SKIP LOCKED),
 * submit every problem's saved code that changed since its last submission, mark it COMPLETED. A crash before the
 * commit leaves it RUNNING for the next claim; after the commit no node can claim it again: exactly once.
 */
@ApplicationScoped
public class DeadlineFinalizer {

    /** A session this node finalized, with the submissions it made for the candidate. */
    public record Finalized(long interviewId, List<UUID> autoSubmissions) {
    }

    private final InterviewJudging judging;
    private final SessionRecorder recorder;
    private final InterviewClock clock;
    private final InterviewConfig config;

    public DeadlineFinalizer(InterviewJudging judging, SessionRecorder recorder, InterviewClock clock, InterviewConfig config) {
        this.judging = judging;
        this.recorder = recorder;
        this.clock = clock;
        this.config = config;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Finalized> finalizeOne(String node) {
        Instant now = clock.now();
        Optional<Interview> due = Interview.claimDue(now.minus(Duration.ofSeconds(config.graceSeconds())));
        if (due.isEmpty()) return Optional.empty();
        Interview interview = due.get();
        List<UUID> submitted = new ArrayList<>();
        Map<String, Object> skipped = new LinkedHashMap<>();
        for (InterviewProblem p : InterviewProblem.of(interview.id)) {
            if (!p.changedSinceSubmit()) continue;
            Optional<String> why = unsubmittable(p);
            if (why.isPresent()) {
                skipped.put(String.valueOf(p.position), why.get());
                continue;
            }
            submitted.add(judging.judge(interview, p, p.language, p.source, null, EventType.AUTO_SUBMIT, now).id);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("autoSubmitted", submitted.size());
        if (!skipped.isEmpty()) detail.put("notSubmitted", skipped);
        recorder.event(interview, null, EventType.COMPLETED, detail, null, now);
        interview.state = InterviewState.COMPLETED;
        interview.completedAt = now;
        interview.finalizedBy = node;
        return Optional.of(new Finalized(interview.id, submitted));
    }

    /** Code the judge would refuse for good: submitting it would fail the whole finalization forever. */
    private static Optional<String> unsubmittable(InterviewProblem p) {
        if (p.source.isBlank()) return Optional.of("the code was empty");
        if (Problem.findByIdOptional(p.problemId).isEmpty()) return Optional.of("the problem left the catalog");
        return p.language.equals("java") ? JavaToolchain.unsupported(p.source) : Optional.empty();
    }
}
