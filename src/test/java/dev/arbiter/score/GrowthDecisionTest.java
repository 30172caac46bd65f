package dev.arbiter.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.measure.ComplexityClass;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Growth;
import dev.arbiter.measure.GrowthMeasure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that take one program's class from its counted work, on counts alone; with times, ScoreSummaryTest. */
class GrowthDecisionTest {

    @Test
    void anInputThatStopsEarlyDoesNotDecideTheClassTheMedianInputDoes() {
        // a bracket checker: seeds 1 and 2 scan every character, seed 3 stops at a mismatch somewhere near the start
        long[] stops = {747, 1249, 657, 4699, 11617, 11637, 25138, 341};
        List<Long> sizes = List.of(781L, 1562L, 3125L, 6250L, 12500L, 25000L, 50000L, 100000L);
        List<ComplexityFit.Point> counts = counted((n, seed) -> seed == 3 ? stops[sizes.indexOf(n)] : 80.0 * n + 50);
        ObjectNode evidence = new ObjectMapper().createObjectNode();

        Growth growth = GrowthDecision.decide(counts, List.of(), null, "submission", evidence);

        assertThat(growth.label()).isEqualTo("O(n)");
        assertThat(evidence.at("/growth/decidedBy").asText())
                .startsWith("count, each size's median input: at n = 100000 the inputs asked for 23461x different work");
        // over every input the stray seed wins the fit, as it did before the rule
        assertThat(Growth.judge(counts, GrowthMeasure.COUNTED).label()).isNotEqualTo("O(n)");
    }

    @Test
    void inputsThatScatterLikeARandomisedProgramKeepTheFitOverEveryInput() {
        // quickselect-like: each seed's work within a factor of three of the others at every size
        List<ComplexityFit.Point> counts = counted((n, seed) -> (seed == 1 ? 2.0 : seed == 2 ? 3.5 : 6.0) * n);
        ObjectNode evidence = new ObjectMapper().createObjectNode();

        Growth growth = GrowthDecision.decide(counts, List.of(), null, "submission", evidence);

        assertThat(evidence.at("/growth/decidedBy").asText()).isEqualTo("count");
        assertThat(growth.classes()).contains(ComplexityClass.fromLabel("O(n)"));
    }

    @Test
    void workThatRisesFasterThanTheFittedClassAtTheLargestSizesNamesTheNextClassBesideIt() {
        // a queue kept in an ArrayList, taken from the front: a linear part and a quadratic one that only dominates at
        // the top (counted work of a real score, 500 .. 64,000 prerequisites)
        double[] work = {140617, 294201, 594670, 1285447, 2954115, 7369604, 20884748, 66260228};
        List<ComplexityFit.Point> counts = new ArrayList<>();
        for (int i = 0; i < work.length; i++) {
            for (int seed = 1; seed <= 3; seed++) counts.add(new ComplexityFit.Point(500L << i, work[i] * (1 + 0.01 * seed)));
        }
        assertThat(Growth.judge(counts, GrowthMeasure.COUNTED).classes()).as("one class fitted over the whole range")
                .doesNotContain(ComplexityClass.QUADRATIC);
        ObjectNode evidence = new ObjectMapper().createObjectNode();

        Growth growth = GrowthDecision.decide(counts, List.of(), null, "submission", evidence);

        assertThat(growth.label()).isEqualTo("O(n log n) or O(n^2)");
        assertThat(evidence.at("/growth/decidedBy").asText()).contains("over the largest sizes the counted work grew as n^1.58, faster than O(n) or O(n log n) allows");
        // a true n log n, and a linear program, keep their class
        List<ComplexityFit.Point> linearithmic = counted((n, seed) -> 40.0 * n * Math.log(n) + 1000);
        assertThat(GrowthDecision.decide(linearithmic, List.of(), null, "submission", new ObjectMapper().createObjectNode())
                .label()).isEqualTo("O(n log n)");
        assertThat(GrowthDecision.decide(counted((n, seed) -> 80.0 * n + 50), List.of(), null, "submission",
                new ObjectMapper().createObjectNode()).label()).isEqualTo("O(n)");
    }

    /** Three counted inputs per size from work(n, seed), at the sizes of valid-parentheses. */
    static List<ComplexityFit.Point> counted(BiFunction<Long, Integer, Double> work) {
        List<ComplexityFit.Point> out = new ArrayList<>();
        for (long n : List.of(781L, 1562L, 3125L, 6250L, 12500L, 25000L, 50000L, 100000L)) {
            for (int seed = 1; seed <= 3; seed++) out.add(new ComplexityFit.Point(n, work.apply(n, seed)));
        }
        return out;
    }
}
