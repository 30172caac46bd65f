package dev.arbiter.interview.report;

import dev.arbiter.account.User;
import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewProblem;
import dev.arbiter.interview.InterviewService;
import dev.arbiter.interview.record.EventType;
import dev.arbiter.interview.record.InterviewEvent;
import dev.arbiter.interview.record.Snapshots;
import dev.arbiter.interview.similarity.SimilarityCheck;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionDtos;
import dev.arbiter.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The interviewer's report of a session: per-problem results and signals, notes and scorecards. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private final SubmissionService submissions;
    private final SimilarityCheck similarity;
    private final Snapshots snapshots;
    private final Scorecards scorecards;
    private final InterviewClock clock;

    public ReportService(SubmissionService submissions, SimilarityCheck similarity, Snapshots snapshots,
                         Scorecards scorecards, InterviewClock clock) {
        this.submissions = submissions;
        this.similarity = similarity;
        this.snapshots = snapshots;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    public ReportDtos.Report report(long id) {
        Interview i = Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
        List<InterviewEvent> events = InterviewEvent.of(id);
        // the clock stops at the deadline, even when the session was finalized a few seconds later
        Instant end = i.deadlineAt == null ? null : min(i.completedAt != null ? i.completedAt : clock.now(), i.deadlineAt);
        TimeOnProblems time = TimeOnProblems.of(events, i.startedAt, end);
        List<ReportDtos.ProblemReport> problems = InterviewProblem.of(id).stream()
                .map(p -> problem(i, p, events, time)).toList();
        int focusLosses = (int) events.stream().filter(e -> e.type == EventType.FOCUS_LOST).count();
        return new ReportDtos.Report(i.id, i.candidateName, i.candidateEmail, i.state, i.durationMinutes,
                List.of(i.languages.split(",")), i.startedAt, i.deadlineAt, i.completedAt, problems, focusLosses,
                time.secondsAway(), snapshots.storedBytes(id), notes(id), scorecards.of(id));
    }

    @Transactional
    public ReportDtos.NoteView addNote(long id, long authorId, String text) {
        Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
        Note note = new Note();
        note.interviewId = id;
        note.authorId = authorId;
        note.at = clock.now();
        note.text = text.strip();
        note.persist();
        return view(note);
    }

    public List<ReportDtos.NoteView> notes(long id) {
        Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
        return Note.of(id).stream().map(ReportService::view).toList();
    }

    private ReportDtos.ProblemReport problem(Interview i, InterviewProblem p, List<InterviewEvent> events, TimeOnProblems time) {
        List<InterviewEvent> mine = events.stream().filter(e -> Integer.valueOf(p.position).equals(e.problem)).toList();
        int runs = (int) mine.stream().filter(e -> e.type == EventType.RUN).count();
        List<InterviewEvent> submits = mine.stream().filter(e -> e.type == EventType.SUBMIT || e.type == EventType.AUTO_SUBMIT).toList();
        List<Integer> pastes = mine.stream().filter(e -> e.type == EventType.PASTE).map(ReportService::pasteSize).toList();
        ReportDtos.Final last = null;
        SimilarityCheck.Result similar = null;
        if (!submits.isEmpty()) {
            InterviewEvent e = submits.get(submits.size() - 1);
            Submission s = Submission.byId(e.submissionId).orElseThrow();
            SubmissionDtos.SubmissionView v = submissions.view(s.id);
            last = new ReportDtos.Final(s.id, e.type.name(), e.at, s.language.id(), v.state(), v.verdict(), v.testsPassed(),
                    v.testsTotal(), v.maxCpuMs(), v.maxMemoryKb(), v.score(), s.problemVersion, s.source);
            similar = similarity.check(i.id, p.problemId, s.language.id(), s.source);
        }
        boolean otherVersion = last != null && !last.judgedVersion().equals(p.problemVersion);
        return new ReportDtos.ProblemReport(p.position, p.slug, p.title, p.problemVersion, otherVersion, last, runs,
                submits.size(), time.secondsOn().getOrDefault(p.position, 0L), pastes.size(),
                pastes.stream().mapToInt(Integer::intValue).max().orElse(0), similar);
    }

    private static int pasteSize(InterviewEvent e) {
        String d = e.detail == null ? "" : e.detail.replaceAll("[^0-9]", "");
        return d.isEmpty() ? 0 : Integer.parseInt(d);
    }

    private static ReportDtos.NoteView view(Note n) {
        return new ReportDtos.NoteView(n.id, User.<User>findByIdOptional(n.authorId).map(u -> u.username).orElse("?"), n.at, n.text);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
