package dev.arbiter.submission;

import dev.arbiter.common.ApiException;
import dev.arbiter.lang.JavaToolchain;
import dev.arbiter.lang.Language;
import dev.arbiter.problem.CustomInput;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemService;
import dev.arbiter.problem.ProblemVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
    private final Event<SubmissionQueued> queued;
    private final ScoreLookup scores;

    public SubmissionService(ProblemService problems, SubmissionConfig limits, Event<SubmissionQueued> queued,
                             ScoreLookup scores) {
        this.problems = problems;
        this.limits = limits;
        this.queued = queued;
        this.scores = scores;
    }

    public Submission create(SubmissionDtos.SubmitRequest request, Long userId) {
        Problem problem = problems.require(request.problem());
        return create(request, userId, problem, ProblemVersion.findById(problem.currentVersionId));
    }

    /**
     * A submission judged on the version a caller pinned (an interview session pins each problem's version when it is
     * made), whatever the catalog serves now; the problem may even have left the catalog since.
     */
    public Submission createPinned(SubmissionDtos.SubmitRequest request, Long userId, long versionId) {
        ProblemVersion version = ProblemVersion.<ProblemVersion>findByIdOptional(versionId)
                .orElseThrow(() -> ApiException.notFound("No problem version " + versionId));
        Problem problem = Problem.findById(version.problemId);
        if (!problem.slug.equals(request.problem())) {
            throw ApiException.badRequest("version " + versionId + " is not a version of '" + request.problem() + "'");
        }
        return create(request, userId, problem, version);
    }

    private Submission create(SubmissionDtos.SubmitRequest request, Long userId, Problem problem, ProblemVersion version) {
        checkSize("source", request.source(), limits.maxSourceBytes());
        checkSize("customInput", request.customInput(), limits.maxCustomInputBytes());
        if (request.source().isBlank()) throw ApiException.badRequest("source is empty");
        Language language = Language.fromId(request.language()).orElseThrow();
        if (language == Language.JAVA) {
            JavaToolchain.unsupported(request.source()).ifPresent(why -> {
                throw ApiException.badRequest(why);
            });
        }
        boolean submit = request.kind() == null || request.kind().equals("submit");
        if (submit && request.customInput() != null) {
            throw ApiException.badRequest("customInput is only for kind=run");
        }
        if (request.customInput() != null) {
            CustomInput.misfit(version, request.customInput()).ifPresent(why -> {
                throw ApiException.badRequest(why);
            });
        }
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.problemId = problem.id;
        s.problemVersion = version.version;
        s.problemVersionId = version.id;
        s.userId = userId;
        s.language = language;
        s.kind = submit ? Submission.Kind.SUBMIT : Submission.Kind.RUN;
        s.source = request.source();
        s.customInput = request.customInput();
        s.state = Submission.State.QUEUED;
        s.createdAt = Instant.now();
        s.persist();
        if (!s.fitsUnder(limits.maxQueued())) { // thrown out of the transaction: the insert is rolled back
            throw new ApiException(429, "The judge queue is full; try again shortly", limits.retryAfterSeconds());
        }
        queued.fire(new SubmissionQueued(s.id));
        return s;
    }

    /**
     * A judging of one of the problem's own solutions (calibration, validation): no user, no size checks or queue
     * cap, judged after every user's submission, with its own time limit.
     */
    public Submission createInternal(String slug, Language language, String source, int timeLimitMs) {
        Problem problem = problems.require(slug);
        return createInternal(problem.currentVersionId, language, source, timeLimitMs);
    }

    /**
     * An internal judging on one version of a problem, published or not (a candidate being validated, a rejudge);
     * timeLimitMs null means the version's own limit.
     */
    public Submission createInternal(long versionId, Language language, String source, Integer timeLimitMs) {
        ProblemVersion version = ProblemVersion.findById(versionId);
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.problemId = version.problemId;
        s.problemVersion = version.version;
        s.problemVersionId = version.id;
        s.language = language;
        s.kind = Submission.Kind.SUBMIT;
        s.source = source;
        s.state = Submission.State.QUEUED;
        s.internal = true;
        s.timeLimitMs = timeLimitMs;
        s.createdAt = Instant.now();
        s.persist();
        queued.fire(new SubmissionQueued(s.id));
        return s;
    }

    /**
     * Always in a transaction of its own, so callers that poll never see a stale cached row; one pooled connection,
     * held only while the submission, its tests and its score are read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SubmissionDtos.SubmissionView view(UUID id) {
        return render(Submission.byId(id).orElseThrow(() -> ApiException.notFound("No submission " + id)));
    }

    /** The submission as its owner sees it; someone else's is "not found", never "forbidden". */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SubmissionDtos.SubmissionView viewFor(UUID id, Long viewerId) {
        return render(visible(id, viewerId));
    }

    /** Checks that the viewer may follow the submission, without reading its tests. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checkVisible(UUID id, Long viewerId) {
        visible(id, viewerId);
    }

    private static Submission visible(UUID id, Long viewerId) {
        Submission s = Submission.byId(id).orElse(null);
        if (s == null || s.internal || (s.userId != null && !s.userId.equals(viewerId))) {
            throw ApiException.notFound("No submission " + id);
        }
        return s;
    }

    // called from methods already in a transaction, never through the interceptor: a nested REQUIRES_NEW would take
    // a second pooled connection while the first is held, which exhausted the pool at a few dozen readers
    private SubmissionDtos.SubmissionView render(Submission s) {
        Problem p = Problem.findById(s.problemId);
        List<SubmissionDtos.TestView> tests = TestResult.after(s.id, s.attempt, -1).stream()
                .map(SubmissionDtos.TestView::of).toList();
        return new SubmissionDtos.SubmissionView(s.id, p.slug, s.language, s.kind, s.state, s.verdict,
                s.message, s.testsTotal, s.testsPassed, s.maxCpuMs, s.maxMemoryKb, s.attempt, s.createdAt,
                s.finishedAt, s.source, tests, scores.scoreOf(s.id).orElse(null), s.problemVersionId, changedSince(s, p));
    }

    /** The problem serves another version than the one the submission was judged on. */
    private static boolean changedSince(Submission s, Problem p) {
        return s.problemVersionId != null && p.currentVersionId != null && !s.problemVersionId.equals(p.currentVersionId);
    }

    /** A user's submissions of one problem, newest first, with their code but without per-test details. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionDtos.SubmissionView> history(String slug, long userId) {
        Problem p = problems.require(slug);
        return Submission.history(p.id, userId, 100).stream()
                .map(s -> new SubmissionDtos.SubmissionView(s.id, p.slug, s.language, s.kind, s.state,
                        s.verdict, s.message, s.testsTotal, s.testsPassed, s.maxCpuMs, s.maxMemoryKb, s.attempt,
                        s.createdAt, s.finishedAt, s.source, List.of(), scores.scoreOf(s.id).orElse(null),
                        s.problemVersionId, changedSince(s, p)))
                .toList();
    }

    /** Problems the user solved (an accepted submit) and those only attempted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionDtos.Progress progress(long userId) {
        List<String> solved = slugs("""
                select distinct p.slug from submission s join problem p on p.id = s.problem_id
                 where s.user_id = ?1 and s.kind = 'SUBMIT' and s.verdict = 'ACCEPTED' order by 1""", userId);
        List<String> attempted = slugs("""
                select distinct p.slug from submission s join problem p on p.id = s.problem_id
                 where s.user_id = ?1 and s.kind = 'SUBMIT' order by 1""", userId);
        return new SubmissionDtos.Progress(solved, attempted.stream().filter(x -> !solved.contains(x)).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs(String sql, long userId) {
        return Submission.getEntityManager().createNativeQuery(sql).setParameter(1, userId).getResultList();
    }

    private static void checkSize(String field, String value, int max) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
            throw new ApiException(413, field + " is larger than " + max + " bytes");
        }
    }
}
