package dev.arbiter.interview.candidate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.ApiException;
import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewConfig;
import dev.arbiter.interview.InterviewProblem;
import dev.arbiter.interview.InterviewState;
import dev.arbiter.interview.record.EventType;
import dev.arbiter.interview.record.InterviewEvent;
import dev.arbiter.interview.record.InterviewJudging;
import dev.arbiter.interview.record.SessionRecorder;
import dev.arbiter.interview.record.Snapshot;
import dev.arbiter.lang.Language;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The candidate's side of a session, reached only through its invite token. */
@ApplicationScoped
@Transactional
public class CandidateService {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> RULES = List.of(
            "The clock is the server's: the session ends at the deadline whatever this computer's clock says.",
            "Each problem has its own tab; Run checks the examples, Submit runs every test. Submit as often as you like: the last submission counts.",
            "Your code is saved as you type. At the deadline, code changed since your last submission is submitted for you and the page turns read-only.",
            "The interviewer sees your code as you write it and a replay afterwards, including runs, submissions, pastes and when this page loses focus.");

    private final CandidateAccess access;
    private final SessionRecorder recorder;
    private final InterviewJudging judging;
    private final InterviewClock clock;
    private final InterviewConfig config;
    private final SubmissionConfig limits;

    public CandidateService(CandidateAccess access, SessionRecorder recorder, InterviewJudging judging, InterviewClock clock,
                            InterviewConfig config, SubmissionConfig limits) {
        this.access = access;
        this.recorder = recorder;
        this.judging = judging;
        this.clock = clock;
        this.config = config;
        this.limits = limits;
    }

    public CandidateDtos.Session session(String token, String address) {
        return view(access.open(token, address, false));
    }

    /** Starts the clock (once; starting again changes nothing) if the link's window is open. */
    public CandidateDtos.Session start(String token, String address) {
        Interview interview = access.open(token, address, true);
        Instant now = clock.now();
        if (interview.state == InterviewState.SCHEDULED) {
            if (interview.opensAt != null && now.isBefore(interview.opensAt)) {
                throw new ApiException(409, "This session opens at " + interview.opensAt);
            }
            interview.state = InterviewState.RUNNING;
            interview.startedAt = now;
            interview.deadlineAt = now.plus(Duration.ofMinutes(interview.durationMinutes));
            recorder.event(interview, null, EventType.STARTED, null, null, now);
        }
        return view(interview);
    }

    public CandidateDtos.Problem problem(String token, String address, int position) {
        Interview interview = access.open(token, address, false);
        if (interview.state == InterviewState.SCHEDULED) throw new ApiException(409, "The session has not started; press Start first");
        InterviewProblem p = problemOf(interview, position);
        List<CandidateDtos.Attempt> attempts = InterviewEvent.of(interview.id).stream()
                .filter(e -> e.type.judged() && Integer.valueOf(position).equals(e.problem))
                .map(e -> Submission.byId(e.submissionId).map(s -> new CandidateDtos.Attempt(s.id, e.type.name(), e.at,
                        s.verdict, s.done() ? s.testsPassed : null, s.done() ? s.testsTotal : null)).orElseThrow())
                .toList();
        return new CandidateDtos.Problem(position, readTree(p.pinnedJson), p.language, p.source, attempts);
    }

    public CandidateDtos.Saved snapshot(String token, String address, CandidateDtos.SnapshotRequest request) {
        checkSize(request.source());
        Interview interview = access.open(token, address, true);
        Instant now = access.requireRunning(interview);
        acceptSequence(interview, request.seq());
        InterviewProblem p = problemOf(interview, request.problem());
        recorder.saveCode(interview, p, allowed(interview, request.language()), request.source(), Snapshot.Origin.EDIT, now);
        return new CandidateDtos.Saved(request.seq(), now, interview.deadlineAt);
    }

    public CandidateDtos.Saved event(String token, String address, CandidateDtos.EventRequest request) {
        if (!request.type().fromCandidate()) throw ApiException.badRequest("type: " + request.type() + " is recorded by the server only");
        Interview interview = access.open(token, address, true);
        Instant now = access.requireRunning(interview);
        acceptSequence(interview, request.seq());
        Map<String, Object> detail = new LinkedHashMap<>();
        Integer position = request.problem();
        if (position != null) problemOf(interview, position);
        switch (request.type()) {
            case PASTE -> {
                if (request.size() == null) throw ApiException.badRequest("size: a paste needs its size");
                detail.put("size", request.size());
            }
            case LANGUAGE_SWITCH -> {
                detail.put("from", allowed(interview, request.from()));
                detail.put("to", allowed(interview, request.to()));
            }
            default -> { }
        }
        if (position == null && request.type() != EventType.FOCUS_LOST && request.type() != EventType.FOCUS_REGAINED) {
            throw ApiException.badRequest("problem: " + request.type() + " needs the problem's position");
        }
        recorder.event(interview, position, request.type(), detail, null, now);
        return new CandidateDtos.Saved(request.seq(), now, interview.deadlineAt);
    }

    /** A run or submit: the code is saved as a snapshot, queued for the judge and put on the timeline. */
    public CandidateDtos.Judging judge(String token, String address, int position, CandidateDtos.JudgeRequest request) {
        checkSize(request.source());
        Interview interview = access.open(token, address, true);
        Instant now = access.requireRunning(interview);
        InterviewProblem p = problemOf(interview, position);
        String language = allowed(interview, request.language());
        boolean run = request.kind().equals("run");
        recorder.saveCode(interview, p, language, request.source(), run ? Snapshot.Origin.RUN : Snapshot.Origin.SUBMIT, now);
        Submission s = judging.judge(interview, p, language, request.source(), request.customInput(),
                run ? EventType.RUN : EventType.SUBMIT, now);
        return new CandidateDtos.Judging(s.id, request.kind(), now);
    }

    private CandidateDtos.Session view(Interview i) {
        Instant now = clock.now();
        List<CandidateDtos.ProblemTitle> titles = InterviewProblem.of(i.id).stream()
                .map(p -> new CandidateDtos.ProblemTitle(p.position, p.title, readTree(p.pinnedJson).path("difficulty").asText())).toList();
        boolean timeUp = i.state == InterviewState.COMPLETED || (i.deadlineAt != null && !now.isBefore(i.deadlineAt));
        return new CandidateDtos.Session(i.candidateName, i.state, i.durationMinutes, List.of(i.languages.split(",")), titles,
                RULES, i.opensAt, i.closesAt, i.startedAt, i.deadlineAt, now, config.graceSeconds(), config.largePasteChars(), timeUp,
                i.lastClientSeq);
    }

    private static void acceptSequence(Interview interview, long seq) {
        if (seq <= interview.lastClientSeq) {
            throw new ApiException(409, "seq " + seq + " is not after " + interview.lastClientSeq
                    + ": a replay or out of order, ignored (everything saved before is kept)");
        }
        interview.lastClientSeq = seq;
    }

    private static InterviewProblem problemOf(Interview interview, int position) {
        return InterviewProblem.at(interview.id, position)
                .orElseThrow(() -> ApiException.notFound("The session has no problem " + position));
    }

    private static String allowed(Interview interview, String language) {
        Language l = Language.fromId(language == null ? "" : language)
                .orElseThrow(() -> ApiException.badRequest("language must be java or python"));
        if (!interview.allows(l)) throw ApiException.badRequest("language " + l.id() + " is not allowed in this session");
        return l.id();
    }

    private void checkSize(String source) {
        if (source != null && source.getBytes(StandardCharsets.UTF_8).length > limits.maxSourceBytes()) {
            throw new ApiException(413, "source is larger than " + limits.maxSourceBytes() + " bytes; nothing was saved");
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
