package dev.arbiter.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.ApiException;
import dev.arbiter.lang.Language;

import dev.arbiter.problem.Problem;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A problem's calibrated time limits and reference benchmark, per language (newest judge image first). */
@Path("/api/problems/{slug}/performance")
@Produces(MediaType.APPLICATION_JSON)
public class PerformanceResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** state PENDING: not calibrated yet on this problem version. */
    public record LanguageView(Language language, Calibration.State state, String imageId, Instant measuredAt, int limitMs,
                               Integer slowestAcceptedMs, String slowestAccepted, Integer suggestedLimitMs,
                               Boolean limitOk, String message, JsonNode tleChecks, JsonNode reference) {
    }

    /** backgroundCalibration: whether this server calibrates uncalibrated versions by itself. */
    public record View(String problem, String version, boolean backgroundCalibration, List<LanguageView> languages) {
    }

    private final CalibrationConfig config;

    public PerformanceResource(CalibrationConfig config) {
        this.config = config;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public View performance(@PathParam("slug") String slug) {
        Problem p = Problem.findBySlug(slug).orElseThrow(() -> ApiException.notFound("No problem '" + slug + "'"));
        List<Calibration> rows = Calibration.latest(p.id, p.version);
        List<LanguageView> out = new ArrayList<>();
        for (Language language : Language.values()) {
            List<Calibration> mine = rows.stream().filter(r -> r.language == language).toList();
            Calibration c = mine.stream().filter(r -> r.state == Calibration.State.DONE).findFirst()
                    .orElse(mine.isEmpty() ? null : mine.get(0));
            if (c == null) {
                out.add(new LanguageView(language, Calibration.State.PENDING, null, null, p.timeLimitMs(language), null, null, null,
                        null, null, null, null));
            } else {
                out.add(new LanguageView(language, c.state, c.imageId, c.createdAt, c.declaredLimitMs,
                        c.slowestAcceptedMs, c.slowestAccepted, c.suggestedLimitMs, c.limitOk, c.message,
                        tree(c.tleJson), tree(c.referenceJson)));
            }
        }
        return new View(p.slug, p.version, config.enabled(), out);
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt", e);
        }
    }
}
