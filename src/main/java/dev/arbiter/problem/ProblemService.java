package dev.arbiter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.ApiException;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.StarterCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read side of the catalog: search and problem pages, with secret tests kept out. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProblemService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SetMembers sets;

    public ProblemService(SetMembers sets) {
        this.sets = sets;
    }

    /** One page of the catalog; {@code set} keeps the problems of that problem set (none when there is no such set). */
    public ProblemDtos.SummaryPage search(String difficulty, String tag, String set, String text, int page, int size) {
        List<String> slugs = set == null || set.isBlank() ? null : sets.slugs(set);
        if (slugs != null && slugs.isEmpty()) return new ProblemDtos.SummaryPage(List.of(), page, size, 0);
        List<ProblemDtos.Summary> items = Problem.search(difficulty, tag, slugs, text, page, size).stream()
                .map(ProblemDtos.Summary::of).toList();
        return new ProblemDtos.SummaryPage(items, page, size, Problem.countMatching(difficulty, tag, slugs, text));
    }

    /** The problem's published versions, newest first, with where each came from. */
    public List<ProblemDtos.VersionView> versions(String slug) {
        Problem p = require(slug);
        return ProblemVersion.published(p.id).stream().map(v -> ProblemDtos.VersionView.of(v, p)).toList();
    }

    public ProblemDtos.Detail detail(String slug) {
        Problem p = require(slug);
        JsonNode spec = spec(p);
        List<ProblemDtos.Sample> samples = TestCase.samplesOf(p).stream()
                .map(t -> new ProblemDtos.Sample(t.name, t.input, t.expected)).toList();
        Map<String, String> starter = new LinkedHashMap<>();
        Arrays.stream(Language.values()).forEach(l -> starter.put(l.id(), StarterCode.of(l, spec)));
        Map<String, Integer> time = new LinkedHashMap<>();
        Arrays.stream(Language.values()).forEach(l -> time.put(l.id(), p.timeLimitMs(l)));
        String checker = readTree(p.checkerJson).path("type").asText("exact");
        ProblemVersion current = p.currentVersionId == null ? null : ProblemVersion.findById(p.currentVersionId);
        List<String> images = StatementImage.namesOf(p.currentVersionId);
        return new ProblemDtos.Detail(p.slug, p.title, p.difficulty, p.tags, p.mode, p.version, p.statementMarkdown,
                MarkdownRenderer.toHtml(p.statementMarkdown, address -> imageUrl(p, address, images)), samples, spec, checker,
                new ProblemDtos.Limits(time, p.memoryMb), starter,
                current == null ? null : ProblemDtos.VersionView.of(current, p));
    }

    /** Where the page loads a statement image from: the version's own, so a pinned statement keeps its pictures. */
    private static String imageUrl(Problem p, String address, List<String> images) {
        String name = ImageReferences.resolve(address, images);
        if (name == null) return null;
        return "/api/problems/" + p.slug + "/versions/" + p.version + "/images/"
                + String.join("/", Arrays.stream(name.split("/")).map(ProblemService::encode).toList());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An image of a published version of a visible problem. */
    public StatementImage image(String slug, String version, String name) {
        Problem p = require(slug);
        ProblemVersion v = ProblemVersion.of(p.id, version).filter(found -> found.publishedAt != null)
                .orElseThrow(() -> ApiException.notFound("No published version '" + version + "' of '" + slug + "'"));
        return StatementImage.of(v.id, name)
                .orElseThrow(() -> ApiException.notFound("No image '" + name + "' in version " + version + " of '" + slug + "'"));
    }

    public Problem require(String slug) {
        return Problem.findVisible(slug).orElseThrow(() -> ApiException.notFound("No problem '" + slug + "'"));
    }

    public static JsonNode spec(Problem p) {
        return readTree(p.specJson);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt", e);
        }
    }
}
