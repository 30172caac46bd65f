package dev.arbiter.score;

import dev.arbiter.lang.Language;
import dev.arbiter.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.arbiter.measure.Measurement.Status.ENOUGH;
import static dev.arbiter.measure.Measurement.Status.FAILED;
import static dev.arbiter.measure.Measurement.Status.OK;
import static dev.arbiter.measure.Measurement.Status.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reference's counts are kept for its next score: same reference, inputs and image only, and never a failure. */
class ReferenceCountsTest {

    static PerfScorer.Job job(String version, String reference) {
        return new PerfScorer.Job(Language.PYTHON, "class Solution: pass", reference, "{}", 256, List.of(10L, 20L), version, "", null);
    }

    static Measurement counts(Measurement.Status status, long... work) {
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
        kept.keep(key, counts(OK, 100, 200));

        assertThat(kept.get(ReferenceCounts.key(job("v1", "ref A"), "sha256:image1"))).isPresent();
        assertThat(kept.get(ReferenceCounts.key(job("v2", "ref A"), "sha256:image1"))).as("other inputs").isEmpty();
        assertThat(kept.get(ReferenceCounts.key(job("v1", "ref B"), "sha256:image1"))).as("another reference").isEmpty();
        assertThat(kept.get(ReferenceCounts.key(job("v1", "ref A"), "sha256:image2"))).as("a rebuilt image").isEmpty();
    }

    @Test
    void aFailedCountIsNotKept() {
        ReferenceCounts kept = new ReferenceCounts();
        String key = ReferenceCounts.key(job("v1", "ref A"), "sha256:image1");
        kept.keep(key, counts(FAILED, 100));

        assertThat(kept.get(key)).isEmpty();
    }

    @Test
    void aSubmissionCountedAsTwoProcessesOnAlternateInputsIsOneProgramAgainInTheInputsOrder() {
        List<Long> sizes = List.of(10L, 10L, 10L, 20L, 20L);  // five inputs: the odd process got a copy of the last
        Measurement even = counts(OK, 1, 3, 5);
        Measurement odd = counts(OK, 2, 4, 5);
        Measurement split = new Measurement(List.of(even.programs().get(0), odd.programs().get(0)), List.of(
                row(even, odd, 0), row(even, odd, 1), row(even, odd, 2)));

        Measurement one = split.unsplit(sizes);

        assertThat(one.programs()).extracting(Measurement.Program::status).containsExactly(OK);
        assertThat(one.counts(0)).extracting(p -> p.n()).containsExactly(10.0, 10.0, 10.0, 20.0, 20.0);
        assertThat(one.counts(0)).extracting(p -> p.seconds()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(Measurement.alternate(sizes, 0)).containsExactly(10L, 10L, 20L);
        assertThat(Measurement.alternate(sizes, 1)).containsExactly(10L, 20L, 20L);
    }

    @Test
    void aSplitProgramIsCutAtTheFirstInputEitherProcessWasCutAt() {
        List<Long> sizes = List.of(10L, 20L, 40L, 80L);
        Measurement even = cut(1, 1, 0);    // inputs 0 and 2: cut at its second, input 2
        Measurement odd = cut(-1, 2, 8);    // inputs 1 and 3: not cut
        Measurement oddCut = cut(0, 0, 0);  // inputs 1 and 3: cut at its first, input 1

        Measurement one = split(even, odd).unsplit(sizes);
        Measurement earlier = split(even, oddCut).unsplit(sizes);

        assertThat(one.programs().get(0).status()).isEqualTo(TIMEOUT);
        assertThat(one.programs().get(0).timedOutAt()).isEqualTo(2);
        assertThat(one.measuredSizes(0)).as("inputs 0 and 1; input 3's count lies beyond the cut").isEqualTo(2);
        assertThat(earlier.programs().get(0).timedOutAt()).isEqualTo(1);
        assertThat(earlier.measuredSizes(0)).isEqualTo(1);
        // what ended the sizes first is said as that process said it: Python's count ends on its work ("enough")
        Measurement enough = split(even, cut(ENOUGH, 0, 0, 0)).unsplit(sizes);
        assertThat(enough.programs().get(0).status()).isEqualTo(ENOUGH);
        assertThat(enough.programs().get(0).timedOutAt()).isEqualTo(1);
    }

    private static Measurement split(Measurement even, Measurement odd) {
        List<Measurement.Size> rows = new java.util.ArrayList<>();
        for (int i = 0; i < even.sizes().size(); i++) rows.add(row(even, odd, i));
        return new Measurement(List.of(even.programs().get(0), odd.programs().get(0)), rows);
    }

    /** One process's counts (0: not counted), cut at its input {@code at} (-1: not cut). */
    private static Measurement cut(int at, long... work) {
        return cut(at < 0 ? OK : TIMEOUT, at, work);
    }

    private static Measurement cut(Measurement.Status status, int at, long... work) {
        List<Measurement.Size> rows = new java.util.ArrayList<>();
        for (long w : work) {
            rows.add(new Measurement.Size(10, java.util.Collections.singletonList(w == 0 ? null : "[1]"),
                    List.of(new Measurement.Run(0, 0, 0, 0, 0, List.of(), w == 0 ? List.of() : List.of(w)))));
        }
        return new Measurement(List.of(new Measurement.Program(status, at, "", "")), rows);
    }

    private static Measurement.Size row(Measurement even, Measurement odd, int i) {
        return new Measurement.Size(even.sizes().get(i).n(), java.util.Arrays.asList(even.sizes().get(i).results().get(0),
                odd.sizes().get(i).results().get(0)), List.of(even.sizes().get(i).runs().get(0), odd.sizes().get(i).runs().get(0)));
    }

    @Test
    void aSubmissionsCountsSitBesideTheKeptReferencesAsOneMeasurement() {
        Measurement both = counts(OK, 300, 600).beside(counts(TIMEOUT, 100, 200));

        assertThat(both.programs()).extracting(Measurement.Program::status).containsExactly(OK, TIMEOUT);
        assertThat(both.counts(0)).extracting(p -> p.seconds()).containsExactly(300.0, 600.0);
        assertThat(both.counts(1)).extracting(p -> p.seconds()).containsExactly(100.0, 200.0);
        assertThatThrownBy(() -> counts(OK, 300).beside(counts(OK, 100, 200))).isInstanceOf(IllegalArgumentException.class);
    }
}
