package dev.arbiter.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the growth class that best explains running times measured at several input sizes. Each class is
 * fitted as t(n) = a + c * f(n) (a: fixed overhead >= 0, c > 0) by least squares on relative error, and the
 * class whose fit has the smallest mean squared log-residual wins. Equal parameter counts make the errors
 * directly comparable; a simpler class is kept unless a more complex one fits clearly better, and a curve that
 * hardly rises over the range is constant.
 */
public final class ComplexityFit {

    /** One measurement: input size and seconds (median of repeats). */
    public record Point(double n, double seconds) {
    }

    /** The fit of one class: its overhead, constant factor and mean squared log-residual. */
    public record Candidate(ComplexityClass complexity, double overhead, double factor, double error) {
    }

    /** The chosen class, with every candidate's fit as evidence. */
    public record Result(ComplexityClass complexity, List<Candidate> candidates) {
        public Candidate best() {
            return candidates.get(0);
        }

        /** Every candidate, the chosen one first: [{"class", "overhead", "factor", "error"}]. */
        public com.fasterxml.jackson.databind.node.ArrayNode evidence() {
            var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            for (Candidate c : candidates) {
                out.addObject().put("class", c.complexity().label()).put("overhead", c.overhead()).put("factor", c.factor())
                        .put("error", Double.isFinite(c.error()) ? c.error() : null);
            }
            return out;
        }
    }

    /** A more complex class must cut the error by this factor to beat a simpler one. */
    static final double SIMPLER_WINS_WITHIN = 1.3;
    /**
     * A fitted curve that rises by less than this share over the measured range is constant in practice: small
     * steps (Python's small-int cache, a wider integer) would otherwise read as log n.
     */
    static final double MIN_RISE = 0.3;

    private ComplexityFit() {
    }

    public static Result classify(List<Point> points) {
        return classify(points, c -> true);
    }

    /** The best class among those {@code allowed} (all classes when none is). */
    public static Result classify(List<Point> points, java.util.function.Predicate<ComplexityClass> allowed) {
        if (points.size() < 3) throw new IllegalArgumentException("need at least three sizes, got " + points.size());
        List<Candidate> candidates = new ArrayList<>();
        for (ComplexityClass c : ComplexityClass.values()) {
            if (allowed.test(c)) candidates.add(fit(c, points));
        }
        if (candidates.isEmpty()) return classify(points);
        Candidate chosen = null;
        for (Candidate c : candidates) {
            if (chosen == null || c.error() * SIMPLER_WINS_WITHIN < chosen.error()) chosen = c;
        }
        Candidate constant = candidates.stream().filter(c -> c.complexity() == ComplexityClass.CONSTANT).findFirst().orElse(null);
        if (constant != null && rise(chosen, points) < MIN_RISE) chosen = constant;
        Candidate winner = chosen;
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparing((Candidate c) -> c != winner).thenComparingDouble(Candidate::error));
        return new Result(winner.complexity(), ranked);
    }

    /**
     * The median of the log-log slopes between every two sizes (Theil-Sen): the growth exponent as the bulk of the sizes
     * show it. One size's time taken by something else (a JIT compile in a short batch: 118x the time per unit of its
     * neighbours at one size of a Java run) moves a least-squares slope by up to half a power of n; it moves this one
     * by a pair or two's share of the median.
     */
    public static double medianLogLogSlope(List<Point> points) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                double dx = Math.log(points.get(j).n()) - Math.log(points.get(i).n());
                if (dx != 0) slopes.add((Math.log(points.get(j).seconds()) - Math.log(points.get(i).seconds())) / dx);
            }
        }
        return slopes.isEmpty() ? 0 : Stats.median(slopes);
    }

    /** The least-squares slope of log(value) over log(n): the growth exponent of a ratio of two curves. */
    public static double logLogSlope(List<Point> points) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int k = points.size();
        for (Point p : points) {
            double x = Math.log(p.n());
            double y = Math.log(p.seconds());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double det = k * sxx - sx * sx;
        return det == 0 ? 0 : (k * sxy - sx * sy) / det;
    }

    /** How much the fitted curve rises from the smallest to the largest size, as a share of its value there. */
    static double rise(Candidate c, List<Point> points) {
        double first = c.overhead() + c.factor() * c.complexity().shape(points.get(0).n());
        double last = c.overhead() + c.factor() * c.complexity().shape(points.get(points.size() - 1).n());
        return last > 0 && Double.isFinite(last) ? 1 - first / last : 0;
    }

    static Candidate fit(ComplexityClass complexity, List<Point> points) {
        // weighted least squares with weights 1/t^2, i.e. on relative error: minimise sum ((a + c f - t) / t)^2
        double sw = 0, swf = 0, swff = 0, swt = 0, swft = 0;
        for (Point p : points) {
            double f = complexity.shape(p.n());
            if (!Double.isFinite(f)) return new Candidate(complexity, 0, 0, Double.POSITIVE_INFINITY);
            double w = 1 / (p.seconds() * p.seconds());
            sw += w;
            swf += w * f;
            swff += w * f * f;
            swt += w * p.seconds();
            swft += w * f * p.seconds();
        }
        double det = sw * swff - swf * swf;
        double a = det == 0 ? 0 : (swt * swff - swf * swft) / det;
        double c = det == 0 ? 0 : (sw * swft - swf * swt) / det;
        if (a < 0 || c <= 0) {
            // refit through the origin (no overhead), or as a constant when growth is negative
            a = 0;
            c = swff == 0 ? 0 : swft / swff;
            if (c <= 0) {
                a = swt / sw;
                c = 0;
            }
        }
        double error = 0;
        for (Point p : points) {
            double model = a + c * complexity.shape(p.n());
            double r = model > 0 ? Math.log(p.seconds() / model) : 10;
            error += r * r;
        }
        return new Candidate(complexity, a, c, error / points.size());
    }
}
