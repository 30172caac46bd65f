package dev.arbiter.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.arbiter.common.OnEveryCore;
import dev.arbiter.lang.Language;
import dev.arbiter.measure.ComplexityClass;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Growth;
import dev.arbiter.measure.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does the reference grow as its problem declares? Every score's growth class is read beside the reference's, so a
 * generator whose scored inputs ask for other work than their size says (a cycle that stops a search early, a k that
 * grows with n, a median found at the first probe) or a reference slower than the declared class misleads every score
 * of the problem. The reference is counted on the inputs a score counts it on; the check fails when the counted class,
 * or both classes of an "X or Y", differ from the declared one.
 */
@ApplicationScoped
public class ReferenceGrowthCheck {

    /**
     * growth: null when the reference was not counted at enough sizes (or failed: failure says why); sizes: how many
     * perf sizes it was to be counted at; stopped: interleave's status of the counted reference (enough: its sizes
     * ended on counting's unit budget, timeout: on a call's CPU, ok: every size counted).
     */
    public record Outcome(Language language, ComplexityClass declared, Growth growth, String failure,
                          List<ComplexityFit.Point> counts, int sizes, Measurement.Status stopped) {

        /** Counted as declared, or not counted at enough sizes to tell (then scores time it instead). */
        public boolean ok() {
            return failure == null && (growth == null || growth.classes().contains(declared));
        }

        /** What ended the reference's counted sizes, as interleave reported it. */
        private String limitReached() {
            return stopped == Measurement.Status.ENOUGH ? "its counted work" : "its CPU";
        }

        /** "reference growth [java]: counted O(n) (log factor 1.02 [0.98, 1.05]), declared O(n)", or why it failed. */
        public String describe() {
            String what = "reference growth [" + language.id() + "]: ";
            String declaredLabel = "declared " + declared.label();
            if (failure != null) return what + "could not be counted: " + failure;
            if (growth == null) {
                return what + "not checked: counted at " + countedSizes() + " of " + sizes + " sizes before a call reached counting's "
                        + "limit, so its scores take its class from times; " + declaredLabel;
            }
            String factor = growth.logFactor() == null ? "" : String.format(Locale.ROOT, " (log factor %.2f [%.2f, %.2f]%s)",
                    growth.logFactor().estimate(), growth.logFactor().low(), growth.logFactor().high(),
                    growth.negativeFixedPart() == null ? "" : String.format(Locale.ROOT, "; with a negative fixed part %.2f [%.2f, %.2f]",
                            growth.negativeFixedPart().estimate(), growth.negativeFixedPart().low(), growth.negativeFixedPart().high()));
            String partly = countedSizes() < sizes ? " at " + countedSizes() + " of " + sizes
                    + " sizes (then a call reached counting's limit: " + limitReached() + ")" : "";
            String line = what + "counted " + growth.label() + factor + partly + ", " + declaredLabel;
            if (ok()) return line;
            StringBuilder work = new StringBuilder();
            for (ComplexityFit.Point p : counts) {
                work.append(work.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%d: %.0f", (long) p.n(), p.seconds()));
            }
            return line + ": the scored inputs (seeds 1-3) may not ask for the work their SIZE says, or perf.complexity is "
                    + "wrong (docs/PROBLEM_FORMAT.md); counted work per SIZE and seed: " + work;
        }

        long countedSizes() {
            return counts.stream().mapToDouble(ComplexityFit.Point::n).distinct().count();
        }
    }

    private final PerfScorer scorer;
    private final ScoreJobLoader jobs;

    public ReferenceGrowthCheck(PerfScorer scorer, ScoreJobLoader jobs) {
        this.scorer = scorer;
        this.jobs = jobs;
    }

    /**
     * The references of these problem versions, in every language, each counted on a core of its own (a count does not
     * depend on what else runs). A version that declares no class or has no generator maps to no outcomes.
     */
    public Map<Long, List<Outcome>> check(List<Long> versionIds) {
        List<Map.Entry<Long, PerfScorer.Job>> references = new ArrayList<>();
        for (long versionId : versionIds) {
            for (Language language : Language.values()) {
                jobs.reference(versionId, language).ifPresent(job -> references.add(Map.entry(versionId, job)));
            }
        }
        List<Outcome> outcomes = OnEveryCore.map(references, r -> check(r.getValue()));
        Map<Long, List<Outcome>> out = new LinkedHashMap<>();
        versionIds.forEach(id -> out.put(id, new ArrayList<>()));
        for (int i = 0; i < references.size(); i++) {
            if (outcomes.get(i) != null) out.get(references.get(i).getKey()).add(outcomes.get(i));
        }
        return out;
    }

    /** Counts the job's reference (the job's own source is not used); null when the problem declares no class. */
    public Outcome check(PerfScorer.Job job) {
        ComplexityClass declared = ComplexityClass.fromLabel(job.referenceComplexity());
        if (declared == null || job.generatorSource() == null || job.sizes().isEmpty()) return null;
        Measurement counted;
        try {
            counted = scorer.countReference(job);
        } catch (RuntimeException e) {
            return new Outcome(job.language(), declared, null, String.valueOf(e.getMessage()), List.of(), job.sizes().size(),
                    Measurement.Status.FAILED);
        }
        Measurement.Program reference = counted.programs().get(0);
        if (reference.failed()) {
            return new Outcome(job.language(), declared, null, reference.failure(), List.of(), job.sizes().size(),
                    Measurement.Status.FAILED);
        }
        // a count at the largest sizes can outlast counting's call limit (Python's heapq and bisect run as Python while
        // counted): the sizes counted before decide, as in a score; too few leave the class to the times
        Growth growth = GrowthDecision.decide(counted.counts(0), List.of(), null, "reference", JsonNodeFactory.instance.objectNode());
        return new Outcome(job.language(), declared, growth, null, counted.counts(0), job.sizes().size(),
                reference.status());
    }
}
