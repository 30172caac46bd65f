package dev.arbiter.measure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A program's growth class as far as its measurements can tell: one class, or two neighbours that differ by a log n
 * factor (O(n) or O(n log n)) when the fitted log factor's confidence interval does not separate them. The best
 * single-class fit ({@link ComplexityFit}) picks the neighbourhood; the {@link LogFactor} decides within it, and where
 * counted work fits with a negative fixed part ({@link LogFactor#withNegativeFixedPart}), that fit must agree.
 */
public record Growth(List<ComplexityClass> classes, GrowthMeasure measure, LogFactor logFactor, LogFactor negativeFixedPart,
                     ComplexityFit.Result fit) {

    public Growth(List<ComplexityClass> classes, GrowthMeasure measure, LogFactor logFactor, ComplexityFit.Result fit) {
        this(classes, measure, logFactor, null, fit);
    }

    /** The fewest sizes a log factor's interval is computed from (3 parameters and at least two left over). */
    static final int MIN_SIZES = 5;

    public static Growth judge(List<ComplexityFit.Point> points, GrowthMeasure measure) {
        ComplexityFit.Result fit = ComplexityFit.classify(points);
        ComplexityClass best = fit.complexity();
        ComplexityClass without = best.withLog() != null ? best : best.withoutLog();
        if (without == null) return new Growth(List.of(best), measure, null, fit);
        LogFactor factor = points.size() >= MIN_SIZES ? LogFactor.fit(points, without) : null;
        if (factor == null) return new Growth(List.of(without, without.withLog()), measure, null, fit);
        // counted work may be b (n - m); where its fit finds that, a class only one of the two fits allows is no
        // certainty: the score names both (a time's fixed part is overhead, never below 0)
        LogFactor negative = measure == GrowthMeasure.COUNTED ? LogFactor.withNegativeFixedPart(points, without) : null;
        if (negative == null) return new Growth(factor.classes(measure), measure, factor, fit);
        Set<ComplexityClass> either = EnumSet.copyOf(factor.classes(measure));
        either.addAll(negative.classes(measure));
        return new Growth(List.copyOf(either), measure, factor, negative, fit);
    }

    /** One class when the measurements tell it. */
    public boolean certain() {
        return classes.size() == 1;
    }

    /** "O(n)" or "O(n) or O(n log n)". */
    public String label() {
        return ComplexityClass.label(classes);
    }

    /** {"classes", "measure", "logFactor": {"between", "estimate", "low", "high", "pure", "flatBelow", "logAbove"}}. */
    public ObjectNode evidence() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        var names = out.putArray("classes");
        classes.forEach(c -> names.add(c.label()));
        out.put("measure", measure.id());
        if (logFactor != null) {
            out.putObject("logFactor").put("between", logFactor.without().label() + " / " + logFactor.with().label())
                    .put("estimate", logFactor.estimate()).put("low", logFactor.low()).put("high", logFactor.high())
                    .put("pure", logFactor.pure()).put("flatBelow", measure.flatBelow(logFactor.pure()))
                    .put("logAbove", measure.logAbove(logFactor.pure()));
        }
        if (negativeFixedPart != null) {
            out.putObject("logFactorNegativeFixedPart").put("estimate", negativeFixedPart.estimate())
                    .put("low", negativeFixedPart.low()).put("high", negativeFixedPart.high());
        }
        out.set("fit", fit.evidence());
        return out;
    }
}
