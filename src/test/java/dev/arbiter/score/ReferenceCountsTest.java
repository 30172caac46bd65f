package dev.arbiter.score;

import dev.arbiter.lang.Language;
import dev.arbiter.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reference's counts are kept for its next score: same reference, inputs and image only, and never a failure. */
class ReferenceCountsTest {

    static PerfScorer.Job job(String version, String reference) {
        return new PerfScorer.Job(Language.PYTHON, "class Solution: pass", reference, "{}", 256, List.of(10L, 20L), version, "", null);
    }

    static Measurement counts(String status, long... work) {
        List<Measurement.Size> sizes = new java.util.ArrayList<>();
        long n = 10;
        for (long w : work) {
            sizes.add(new Measurement.Size(n, List.of("[1]"), List.of(new Measurement.Run(0, 0, 0, 0, 0, List.of(), List.of(w)))));
            n *= 2;
        }
        return new Measurement(List.of(new Measurement.Program(status, -1, "", "")), sizes);
    }

    @Test
    void keptCountsAreFoundForTheSameReferenceInputsAndImageOnly() {
        ReferenceCounts kept = new ReferenceCounts();
        String key = ReferenceCounts.key(job("v1", "ref A"), "sha256:image1");
        kept.keep(key, counts("ok", 100, 200));

        assertThat(kept.get(ReferenceCounts.key(job("v1", "ref A"), "sha256:image1"))).isPresent();
        assertThat(kept.get(ReferenceCounts.key(job("v2", "ref A"), "sha256:image1"))).as("other inputs").isEmpty();
        assertThat(kept.get(ReferenceCounts.key(job("v1", "ref B"), "sha256:image1"))).as("another reference").isEmpty();
        assertThat(kept.get(ReferenceCounts.key(job("v1", "ref A"), "sha256:image2"))).as("a rebuilt image").isEmpty();
    }

    @Test
    void aFailedCountIsNotKept() {
        ReferenceCounts kept = new ReferenceCounts();
        String key = ReferenceCounts.key(job("v1", "ref A"), "sha256:image1");
        kept.keep(key, counts("failed", 100));

        assertThat(kept.get(key)).isEmpty();
    }

    @Test
    void aSubmissionsCountsSitBesideTheKeptReferencesAsOneMeasurement() {
        Measurement both = counts("ok", 300, 600).beside(counts("timeout", 100, 200));

        assertThat(both.programs()).extracting(Measurement.Program::status).containsExactly("ok", "timeout");
        assertThat(both.counts(0)).extracting(p -> p.seconds()).containsExactly(300.0, 600.0);
        assertThat(both.counts(1)).extracting(p -> p.seconds()).containsExactly(100.0, 200.0);
        assertThatThrownBy(() -> counts("ok", 300).beside(counts("ok", 100, 200))).isInstanceOf(IllegalArgumentException.class);
    }
}
