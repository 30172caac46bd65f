package dev.arbiter.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.arbiter.lang.Language;
import dev.arbiter.measure.ComplexityClass;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Growth;
import dev.arbiter.measure.GrowthMeasure;
import dev.arbiter.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** When validate's reference growth check passes or fails, and what its line says; counts are synthetic series. */
class ReferenceGrowthOutcomeTest {

    private static final double[] SIZES = {800, 1600, 3200, 6400, 12800, 25600, 51200, 102400};

    private static List<ComplexityFit.Point> counts(DoubleUnaryOperator work) {
        List<ComplexityFit.Point> out = new ArrayList<>();
        for (double n : SIZES) {
            for (int seed = 0; seed < 3; seed++) out.add(new ComplexityFit.Point(n, Math.round(work.applyAsDouble(n) + seed)));
        }
        return out;
    }

    private static ReferenceGrowthCheck.Outcome outcome(ComplexityClass declared, List<ComplexityFit.Point> counts) {
        Growth growth = GrowthDecision.decide(counts, List.of(), null, "reference",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        return new ReferenceGrowthCheck.Outcome(Language.JAVA, declared, growth, null, counts, SIZES.length, Measurement.Status.OK);
    }

    @Test
    void aReferenceCountedAsDeclaredPasses() {
        ReferenceGrowthCheck.Outcome o = outcome(ComplexityClass.LINEAR, counts(n -> 300 + 12 * n));

        assertThat(o.ok()).isTrue();
        assertThat(o.describe()).startsWith("reference growth [java]: counted O(n) (log factor").endsWith("declared O(n)");
    }

    @Test
    void aReferenceWithALogFactorAgainstADeclaredLinearClassFails() {
        // a priority queue where the problem declares O(n): course-schedule-ii's Java reference before it used a stack
        ReferenceGrowthCheck.Outcome o = outcome(ComplexityClass.LINEAR, counts(n -> 40 * n * Math.log(n) / Math.log(2)));

        assertThat(o.ok()).isFalse();
        assertThat(o.describe()).contains("counted O(n log n)", "declared O(n)", "seeds 1-3",
                "counted work per SIZE and seed: 800: ");
    }

    @Test
    void twoClassesThatIncludeTheDeclaredOnePass() {
        ReferenceGrowthCheck.Outcome o = new ReferenceGrowthCheck.Outcome(Language.PYTHON, ComplexityClass.LINEAR,
                new Growth(List.of(ComplexityClass.LINEAR, ComplexityClass.LINEARITHMIC), GrowthMeasure.COUNTED, null, null),
                null, counts(n -> n), SIZES.length, Measurement.Status.OK);

        assertThat(o.ok()).isTrue();
        assertThat(o.describe()).contains("counted O(n) or O(n log n)");
    }

    @Test
    void aReferenceCountedAtSomeSizesOnlySaysAtHowManyAndWhatEndedThem() {
        List<ComplexityFit.Point> six = counts(n -> 300 + 12 * n).subList(0, 18);
        Growth growth = GrowthDecision.decide(six, List.of(), null, "reference", JsonNodeFactory.instance.objectNode());
        ReferenceGrowthCheck.Outcome byCpu = new ReferenceGrowthCheck.Outcome(Language.JAVA, ComplexityClass.LINEAR, growth,
                null, six, SIZES.length, Measurement.Status.TIMEOUT);
        ReferenceGrowthCheck.Outcome byWork = new ReferenceGrowthCheck.Outcome(Language.PYTHON, ComplexityClass.LINEAR, growth,
                null, six, SIZES.length, Measurement.Status.ENOUGH);

        assertThat(byCpu.ok()).isTrue();
        assertThat(byCpu.describe()).contains("counted O(n) (log factor")
                .contains(" at 6 of 8 sizes (then a call reached counting's limit: its CPU)").endsWith("declared O(n)");
        assertThat(byWork.describe()).contains(" at 6 of 8 sizes (then a call reached counting's limit: its counted work)");
    }

    @Test
    void tooFewCountedSizesLeaveTheClassToTheTimesAndPass() {
        List<ComplexityFit.Point> four = counts(n -> n).subList(0, 12);
        ReferenceGrowthCheck.Outcome o = outcome(ComplexityClass.LINEAR, four);

        assertThat(o.growth()).isNull();
        assertThat(o.ok()).isTrue();
        assertThat(o.describe()).contains("not checked: counted at 4 of 8 sizes");
    }

    @Test
    void aReferenceThatFailedWhileCountedFails() {
        ReferenceGrowthCheck.Outcome o = new ReferenceGrowthCheck.Outcome(Language.JAVA, ComplexityClass.LINEAR, null,
                "java.lang.OutOfMemoryError", List.of(), SIZES.length, Measurement.Status.FAILED);

        assertThat(o.ok()).isFalse();
        assertThat(o.describe()).isEqualTo("reference growth [java]: could not be counted: java.lang.OutOfMemoryError");
    }
}
