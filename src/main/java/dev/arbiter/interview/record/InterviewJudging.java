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
 * Pinning: each submission is made on the immutable version the session pinned when it was created, so the judge runs
 * that version's tests, checker and limits even if the catalog published a newer one (or dropped the problem) since.
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
        SubmissionDtos.SubmitRequest request = new SubmissionDtos.SubmitRequest(problem.slug, language, source,
                run ? "run" : "submit", run ? customInput : null);
        // sessions pinned before versions existed and never matched one are judged on the catalog's current version
        Submission s = problem.problemVersionId == null ? submissions.create(request, null)
                : submissions.createPinned(request, null, problem.problemVersionId);
        if (!run) problem.submittedHash = InterviewProblem.codeHash(language, source);
        recorder.event(interview, problem.position, type, Map.of("language", language), s.id, now);
        return s;
    }
}
