package dev.arbiter.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.ApiException;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemService;
import dev.arbiter.problemset.SetDtos;
import dev.arbiter.problemset.SetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Interviewers' side of sessions: create with an invite link, list, read, re-issue and revoke links. */
@ApplicationScoped
@Transactional
public class InterviewService {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ProblemService problems;
    private final SetService sets;
    private final InterviewClock clock;

    public InterviewService(ProblemService problems, SetService sets, InterviewClock clock) {
        this.problems = problems;
        this.sets = sets;
        this.clock = clock;
    }

    public InterviewDtos.Invitation create(InterviewDtos.CreateRequest request, long interviewerId, String baseUrl) {
        List<String> slugs = problemsOf(request);
        if (new HashSet<>(slugs).size() != slugs.size()) {
            throw ApiException.badRequest("problems: a problem is named twice");
        }
        if (request.opensAt() != null && request.closesAt() != null && !request.opensAt().isBefore(request.closesAt())) {
            throw ApiException.badRequest("closesAt: must be after opensAt");
        }
        Instant now = clock.now();
        if (request.closesAt() != null && !request.closesAt().isAfter(now)) {
            throw ApiException.badRequest("closesAt: must be in the future");
        }
        Interview interview = new Interview();
        interview.candidateName = request.candidateName().trim();
        interview.candidateEmail = request.candidateEmail();
        interview.languages = String.join(",", request.languages().stream().distinct().toList());
        interview.durationMinutes = request.durationMinutes();
        interview.opensAt = request.opensAt();
        interview.closesAt = request.closesAt();
        interview.state = InterviewState.SCHEDULED;
        interview.createdBy = interviewerId;
        interview.createdAt = now;
        interview.persist();
        int position = 0;
        for (String slug : slugs) {
            Problem p = problems.require(slug);
            InterviewProblem pinned = new InterviewProblem();
            pinned.interviewId = interview.id;
            pinned.position = position++;
            pinned.problemId = p.id;
            pinned.problemVersion = p.version;
            pinned.problemVersionId = p.currentVersionId;
            pinned.slug = p.slug;
            pinned.title = p.title;
            pinned.pinnedJson = json(problems.detail(slug));
            pinned.persist();
        }
        return issue(interview, baseUrl);
    }

    /** The problems named, or those of the set named (in its order): 1 to 5 either way. */
    private List<String> problemsOf(InterviewDtos.CreateRequest request) {
        boolean named = request.problems() != null && !request.problems().isEmpty();
        if (named == (request.set() != null && !request.set().isBlank())) {
            throw ApiException.badRequest("problems: name 1 to 5 problems, or a problem set (set), not both");
        }
        if (named) return request.problems();
        List<String> slugs = sets.detail(request.set()).items().stream().filter(SetDtos.Item::available)
                .map(SetDtos.Item::slug).toList();
        if (slugs.isEmpty() || slugs.size() > 5) {
            throw ApiException.badRequest("set: an interview takes 1 to 5 problems; the set '" + request.set() + "' has "
                    + slugs.size() + " in the catalog");
        }
        return slugs;
    }

    /** A new link for the session; the old one (if any) is revoked and answers 410 from now on. */
    public InterviewDtos.Invitation reissue(long id, String baseUrl) {
        Interview interview = Interview.lock(id).orElseThrow(() -> notFound(id));
        if (interview.state == InterviewState.COMPLETED) {
            throw new ApiException(409, "The session is completed; its link cannot be re-issued");
        }
        revokeActive(interview.id);
        return issue(interview, baseUrl);
    }

    public InterviewDtos.Summary revoke(long id) {
        Interview interview = Interview.lock(id).orElseThrow(() -> notFound(id));
        revokeActive(interview.id);
        return summary(interview);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterviewDtos.Summary> list() {
        List<Interview> all = Interview.newestFirst();
        if (all.isEmpty()) return List.of();
        Map<Long, Invite> active = Invite.activeOf(all.stream().map(i -> i.id).toList()).stream()
                .collect(Collectors.toMap(i -> i.interviewId, Function.identity(), (a, b) -> a));
        return all.stream().map(i -> summary(i, active.get(i.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InterviewDtos.Summary get(long id) {
        return summary(Interview.byId(id).orElseThrow(() -> notFound(id)));
    }

    public static ApiException notFound(long id) {
        return ApiException.notFound("No interview session " + id);
    }

    private void revokeActive(long interviewId) {
        Invite.activeOf(interviewId).ifPresent(invite -> invite.revokedAt = clock.now());
    }

    private InterviewDtos.Invitation issue(Interview interview, String baseUrl) {
        String token = InviteTokens.generate();
        Invite invite = new Invite();
        invite.tokenHash = InviteTokens.hash(token);
        invite.interviewId = interview.id;
        invite.issuedAt = clock.now();
        invite.persist();
        String url = baseUrl.replaceAll("/+$", "") + "/#/interview/" + token;
        return new InterviewDtos.Invitation(interview.id, url, token, summary(interview, invite));
    }

    InterviewDtos.Summary summary(Interview interview) {
        return summary(interview, Invite.activeOf(interview.id).orElse(null));
    }

    private static InterviewDtos.Summary summary(Interview i, Invite active) {
        List<InterviewDtos.ProblemRef> refs = InterviewProblem.of(i.id).stream().map(p -> new InterviewDtos.ProblemRef(
                p.position, p.slug, p.title, p.problemVersion,
                Problem.<Problem>findByIdOptional(p.problemId).map(c -> !c.version.equals(p.problemVersion)).orElse(true))).toList();
        return new InterviewDtos.Summary(i.id, i.candidateName, i.candidateEmail, i.state, i.durationMinutes,
                List.of(i.languages.split(",")), refs, i.opensAt, i.closesAt, i.createdAt, i.startedAt, i.deadlineAt,
                i.completedAt, active != null, active == null ? null : active.issuedAt);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
