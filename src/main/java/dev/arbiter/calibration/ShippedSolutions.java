package dev.arbiter.calibration;

import dev.arbiter.judge.JudgeWorkers;
import dev.arbiter.lang.Language;
import dev.arbiter.problem.Problem;
import dev.arbiter.common.Verdict;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.problem.SolutionKind;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionDtos;
import dev.arbiter.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Judges a problem's own solutions through the real judge as internal submissions. Accepted ones run with three
 * times the limit, so a slow one still shows how slow it is; time_limit_exceeded ones with 1.5 times the limit, so
 * TIME_LIMIT_EXCEEDED proves they exceed the limit by that margin (Kattis' rule).
 */
@ApplicationScoped
public class ShippedSolutions {

    public static final double ACCEPTED_HEADROOM = 3.0;
    public static final double TLE_MARGIN = 1.5;

    /** One judged solution: its verdict under {@code limitMs}, and its slowest test (CPU ms and name). */
    public record Judged(String slug, SolutionKind kind, Language language, String name, Verdict verdict, String message,
                         Integer slowestMs, String slowestTest, int declaredLimitMs, int limitMs) {
        public boolean gotExpectedVerdict() {
            return kind.expected() == verdict;
        }
    }

    private record Pending(String slug, ProblemSolution solution, int declaredLimitMs, int limitMs, UUID id) {
    }

    private final SubmissionService submissions;
    private final JudgeWorkers workers;

    public ShippedSolutions(SubmissionService submissions, JudgeWorkers workers) {
        this.submissions = submissions;
        this.workers = workers;
    }

    /** Judges every shipped solution of the problems (of one language, or all when null) and waits for them all. */
    public List<Judged> judge(List<String> slugs, Language only, Duration timeout) {
        List<Pending> pending = new ArrayList<>();
        for (String slug : slugs) {
            for (Queued q : QuarkusTransaction.requiringNew().call(() -> queue(slug, only))) pending.add(new Pending(slug, q.solution(), q.declared(), q.limit(), q.id()));
        }
        workers.nudge();
        Instant deadline = Instant.now().plus(timeout);
        List<Judged> out = new ArrayList<>();
        for (Pending p : pending) {
            SubmissionDtos.SubmissionView view = awaitDone(p.id(), deadline);
            SubmissionDtos.TestView slowest = view.tests().stream().filter(t -> t.cpuMs() != null)
                    .max(Comparator.comparingInt(SubmissionDtos.TestView::cpuMs)).orElse(null);
            out.add(new Judged(p.slug(), p.solution().kind, p.solution().language, p.solution().name, view.verdict(),
                    view.message(), slowest == null ? null : slowest.cpuMs(), slowest == null ? null : slowest.name(),
                    p.declaredLimitMs(), p.limitMs()));
        }
        return out;
    }

    private record Queued(ProblemSolution solution, int declared, int limit, UUID id) {
    }

    private List<Queued> queue(String slug, Language only) {
        Problem problem = Problem.findBySlug(slug).orElseThrow();
        List<Queued> out = new ArrayList<>();
        for (ProblemSolution s : ProblemSolution.forProblem(problem)) {
            if (only != null && s.language != only) continue;
            int declared = problem.timeLimitMs(s.language);
            double factor = switch (s.kind) {
                case ACCEPTED -> ACCEPTED_HEADROOM;
                case TIME_LIMIT_EXCEEDED -> TLE_MARGIN;
                default -> 1.0;
            };
            int limit = (int) Math.round(declared * factor);
            Submission sub = submissions.createInternal(slug, s.language, s.source, limit);
            out.add(new Queued(s, declared, limit, sub.id));
        }
        return out;
    }

    private SubmissionDtos.SubmissionView awaitDone(UUID id, Instant deadline) {
        while (true) {
            SubmissionDtos.SubmissionView view = submissions.view(id);
            if (view.state() == Submission.State.DONE) return view;
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("judging " + id + " did not finish in time");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
