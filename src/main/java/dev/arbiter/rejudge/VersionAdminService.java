package dev.arbiter.rejudge;

import dev.arbiter.common.ApiException;
import dev.arbiter.common.Verdict;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemVersion;
import dev.arbiter.submission.Submission;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Read side of versions for admins: every version of a problem, and one version's page with its rejudge diff. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class VersionAdminService {

    public List<VersionDtos.Version> versions(String slug) {
        Problem p = Problem.findBySlug(slug).orElseThrow(() -> ApiException.notFound("No problem '" + slug + "'"));
        return ProblemVersion.<ProblemVersion>list("problemId", Sort.by("id", Sort.Direction.Descending), p.id).stream()
                .map(v -> view(v, p)).toList();
    }

    public VersionDtos.VersionPage page(long id) {
        ProblemVersion v = ProblemVersion.<ProblemVersion>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No problem version " + id));
        Problem p = Problem.findById(v.problemId);
        List<VersionDtos.Rejudge> rejudges = Rejudge.onto(id).stream().map(this::rejudge).toList();
        return new VersionDtos.VersionPage(view(v, p), rejudges);
    }

    private VersionDtos.Rejudge rejudge(Rejudge r) {
        List<VersionDtos.Item> items = new ArrayList<>();
        Map<String, List<UUID>> moves = new TreeMap<>();
        int pending = 0;
        for (RejudgeItem item : RejudgeItem.of(r.id)) {
            Submission again = Submission.<Submission>findByIdOptional(item.rejudgeSubmissionId).orElse(null);
            Verdict verdict = again == null || !again.done() ? null : again.verdict;
            items.add(new VersionDtos.Item(item.originalId, item.originalVerdict, item.rejudgeSubmissionId, verdict));
            if (verdict == null) {
                pending++;
            } else {
                moves.computeIfAbsent(item.originalVerdict + " -> " + verdict, k -> new ArrayList<>()).add(item.originalId);
            }
        }
        ProblemVersion from = ProblemVersion.findById(r.fromVersionId);
        return new VersionDtos.Rejudge(r.id, r.fromVersionId, from.version, r.eligible, items.size(), pending,
                new LinkedHashMap<>(moves), items);
    }

    private static VersionDtos.Version view(ProblemVersion v, Problem p) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        v.timeLimits.forEach((language, ms) -> limits.put(language.id(), ms));
        return new VersionDtos.Version(v.id, p.slug, v.version, v.state, v.source, v.format, v.commitSha, v.author,
                v.committedAt, v.publishedAt, v.id.equals(p.currentVersionId), limits, v.message);
    }
}
