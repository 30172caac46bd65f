package dev.arbiter.cli;

import dev.arbiter.judge.JudgeWorkers;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionDtos;
import dev.arbiter.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Judges every solution shipped with the given problems and compares each verdict with its folder's promise. */
@ApplicationScoped
public class SolutionVerifier {

    static final Map<String, String> EXPECTED = Map.of(
            "accepted", "ACCEPTED",
            "wrong_answer", "WRONG_ANSWER",
            "time_limit_exceeded", "TIME_LIMIT_EXCEEDED",
            "runtime_error", "RUNTIME_ERROR",
            "memory_limit_exceeded", "MEMORY_LIMIT_EXCEEDED");

    /** One judged solution; an accepted one must also use at most half the time limit (Kattis' margin). */
    public record Outcome(String slug, String kind, String language, String name, String verdict, Integer maxCpuMs,
                          int limitMs) {
        public boolean ok() {
            if (!EXPECTED.get(kind).equals(verdict)) return false;
            return !kind.equals("accepted") || maxCpuMs == null || 2 * maxCpuMs <= limitMs;
        }

        @Override
        public String toString() {
            String timing = maxCpuMs == null ? "" : " (slowest test " + maxCpuMs + " ms of " + limitMs + " ms)";
            String why = !EXPECTED.get(kind).equals(verdict) ? " expected " + EXPECTED.get(kind)
                    : ok() ? "" : " but the limit is under 2x the slowest accepted run";
            return slug + " " + kind + "/" + name + " [" + language + "]: " + verdict + timing + why;
        }
    }

    private record Pending(String slug, String kind, String language, String name, int limitMs, UUID id) {
    }

    private final SubmissionService submissions;
    private final JudgeWorkers workers;

    public SolutionVerifier(SubmissionService submissions, JudgeWorkers workers) {
        this.submissions = submissions;
        this.workers = workers;
    }

    public List<Outcome> verify(List<String> slugs) {
        List<Pending> pending = new ArrayList<>();
        for (String slug : slugs) {
            for (ProblemSolution s : solutions(slug)) {
                var request = new SubmissionDtos.SubmitRequest(slug, s.language, s.source, "submit", null);
                Submission sub = submissions.create(request, null);
                pending.add(new Pending(slug, s.kind, s.language, s.name, limit(slug, s.language), sub.id));
            }
        }
        workers.nudge();
        List<Outcome> outcomes = new ArrayList<>();
        for (Pending p : pending) {
            SubmissionDtos.SubmissionView view = awaitDone(p.id());
            outcomes.add(new Outcome(p.slug(), p.kind(), p.language(), p.name(), view.verdict(), view.maxCpuMs(), p.limitMs()));
        }
        return outcomes;
    }

    @Transactional
    List<ProblemSolution> solutions(String slug) {
        return ProblemSolution.forProblem(Problem.findBySlug(slug).orElseThrow());
    }

    @Transactional
    int limit(String slug, String language) {
        Problem p = Problem.findBySlug(slug).orElseThrow();
        return language.equals("java") ? p.timeLimitJavaMs : p.timeLimitPythonMs;
    }

    private SubmissionDtos.SubmissionView awaitDone(UUID id) {
        while (true) {
            SubmissionDtos.SubmissionView view = submissions.view(id);
            if ("DONE".equals(view.state())) return view;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
