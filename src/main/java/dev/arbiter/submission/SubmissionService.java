package dev.arbiter.submission;

import dev.arbiter.common.ApiException;
import dev.arbiter.judge.JudgeConfig;
import dev.arbiter.judge.JudgeWorkers;
import dev.arbiter.lang.JavaToolchain;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Accepts runs and submissions into the judge queue and reads them back. */
@ApplicationScoped
@Transactional
public class SubmissionService {

    private final ProblemService problems;
    private final SubmissionConfig limits;
    private final JudgeConfig judge;
    private final JudgeWorkers workers;

    public SubmissionService(ProblemService problems, SubmissionConfig limits, JudgeConfig judge, JudgeWorkers workers) {
        this.problems = problems;
        this.limits = limits;
        this.judge = judge;
        this.workers = workers;
    }

    public Submission create(SubmissionDtos.SubmitRequest request, Long userId) {
        Problem problem = problems.require(request.problem());
        checkSize("source", request.source(), limits.maxSourceBytes());
        checkSize("customInput", request.customInput(), limits.maxCustomInputBytes());
        if (request.source().isBlank()) throw ApiException.badRequest("source is empty");
        if (request.language().equals("java")) {
            JavaToolchain.unsupported(request.source()).ifPresent(why -> {
                throw ApiException.badRequest(why);
            });
        }
        boolean submit = request.kind() == null || request.kind().equals("submit");
        if (submit && request.customInput() != null) {
            throw ApiException.badRequest("customInput is only for kind=run");
        }
        if (Submission.countWaiting() >= judge.maxQueued()) {
            throw new ApiException(429, "The judge queue is full; try again shortly", 5);
        }
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.problemId = problem.id;
        s.problemVersion = problem.version;
        s.userId = userId;
        s.language = request.language();
        s.kind = submit ? Submission.Kind.SUBMIT.name() : Submission.Kind.RUN.name();
        s.source = request.source();
        s.customInput = request.customInput();
        s.state = Submission.State.QUEUED.name();
        s.createdAt = Instant.now();
        s.persist();
        return s;
    }

    /** Called after the creating transaction committed, so a woken worker can see the row. */
    public void queued() {
        workers.nudge();
    }

    /** Always in a transaction of its own, so callers that poll (the SSE stream) never see a stale cached row. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SubmissionDtos.SubmissionView view(UUID id) {
        Submission s = Submission.byId(id).orElseThrow(() -> ApiException.notFound("No submission " + id));
        Problem p = Problem.findById(s.problemId);
        List<SubmissionDtos.TestView> tests = TestResult.after(s.id, s.attempt, -1).stream()
                .map(SubmissionDtos.TestView::of).toList();
        return new SubmissionDtos.SubmissionView(s.id, p.slug, s.language, s.kind.toLowerCase(), s.state, s.verdict,
                s.message, s.testsTotal, s.testsPassed, s.maxCpuMs, s.maxMemoryKb, s.attempt, s.createdAt,
                s.finishedAt, s.source, tests);
    }

    private static void checkSize(String field, String value, int max) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
            throw new ApiException(413, field + " is larger than " + max + " bytes");
        }
    }
}
