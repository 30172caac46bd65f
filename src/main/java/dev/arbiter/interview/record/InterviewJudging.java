package dev.arbiter.interview.record;

import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewProblem;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionDtos;
import dev.arbiter.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * Hands a session's code to the ordinary judge queue and records the run or submit on the session's timeline, in the
 * caller's transaction (which holds the session lock). Submissions carry no user: the session is the owner.
 * <p>
 * Pinning seam: the catalog keeps one version per problem today, so the judge uses the problem's current tests and
 * limits and the submission records that version; the report flags a submission judged at another version than the
 * session pinned. When immutable versions exist, this is the one place that passes the pinned version to the judge.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InterviewJudging {

    private final SubmissionService submissions;
    private final SessionRecorder recorder;

    public InterviewJudging(SubmissionService submissions, SessionRecorder recorder) {
        this.submissions = submissions;
        this.recorder = recorder;
    }

    /** Queues the code ({@code type} RUN, SUBMIT or AUTO_SUBMIT); workers wake once the caller's transaction commits. */
    public Submission judge(Interview interview, InterviewProblem problem, String language, String source,
                            String customInput, EventType type, Instant now) {
        boolean run = type == EventType.RUN;
        Submission s = submissions.create(new SubmissionDtos.SubmitRequest(problem.slug, language, source,
                run ? "run" : "submit", run ? customInput : null), null);
        if (!run) problem.submittedHash = InterviewProblem.codeHash(language, source);
        recorder.event(interview, problem.position, type, Map.of("language", language), s.id, now);
        return s;
    }
}
