package dev.arbiter.measure;

import java.util.List;

/**
 * How much the cost per unit of a class grows over the measured sizes: for the pair O(n) / O(n log n), the cost is
 * fitted as t = a + b n + c n ln n (a >= 0: fixed overhead; see {@link #withNegativeFixedPart}), and the log factor
 * is the cost per element at the largest size over that at the smallest, (b + c ln N) / (b + c ln n0): 1 for O(n),
 * ln N / ln n0 ({@code pure}) for O(n log n) alone, in between for a mix. For O(1) / O(log n), t = b + c ln n alike. The interval is a 95 %
 * confidence interval from the fit's residuals (delta method, Student's t), so scatter between sizes and repeats
 * and a misfitting shape both widen it.
 */
public record LogFactor(ComplexityClass without, ComplexityClass with, double estimate, double low, double high, double pure) {

    /** Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
            2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
            2.048, 2.045, 2.042};

    /** The log factor between {@code without} (CONSTANT or LINEAR) and the class with one more log n; null when unfit. */
    public static LogFactor fit(List<ComplexityFit.Point> points, ComplexityClass without) {
        return fit(points, without, false);
    }

    /**
     * The O(n) / O(n log n) log factor fitted with a fixed part below 0, where the fit finds one; null where it finds
     * none (then {@link #fit} is the whole story) or cannot fit. Counted work can be b (n - m), a loop over all but m
     * elements (the windows of a sliding window, the centres of a palindrome that stop short of an end). {@link #fit}
     * holds the fixed part at 0 there, and takes the per-element work's rise towards b for a log factor: a Manacher's
     * count of 418 n - 1,016 over 16 .. 600 characters gave 1.18 [1.14, 1.21], where this fit gives 1.01.
     */
    public static LogFactor withNegativeFixedPart(List<ComplexityFit.Point> points, ComplexityClass without) {
        if (without != ComplexityClass.LINEAR) return null;
        Solved free = solve(points, true, true);
        return free == null || free.theta()[0] >= 0 ? null : fit(points, without, true);
    }

    private static LogFactor fit(List<ComplexityFit.Point> points, ComplexityClass without, boolean negativeFixedPart) {
        ComplexityClass with = without.withLog();
        if (with == null) throw new IllegalArgumentException(without.label() + " has no log-n neighbour");
        double l0 = Math.log(points.stream().mapToDouble(ComplexityFit.Point::n).min().orElseThrow());
        double lN = Math.log(points.stream().mapToDouble(ComplexityFit.Point::n).max().orElseThrow());
        if (l0 <= 0 || lN <= l0) return null;
        boolean linear = without == ComplexityClass.LINEAR; // for O(1) the overhead is b itself
        Solved fit = linear ? solve(points, true, true) : null;
        if (fit == null || fit.theta()[0] < 0 && !negativeFixedPart) fit = solve(points, linear, false);
        if (fit == null) return null;
        int p = fit.theta().length;
        double b = fit.theta()[p - 2];
        double c = fit.theta()[p - 1];
        double d = b + c * l0;
        int dof = points.size() - p;
        if (d <= 0 || dof < 1) return null;
        double estimate = (b + c * lN) / d;
        // delta method: the gradient of the estimate in (b, c) and their covariance
        double gb = c * (l0 - lN) / (d * d);
        double gc = b * (lN - l0) / (d * d);
        double[][] v = fit.covariance();
        double variance = Math.max(0, gb * gb * v[p - 2][p - 2] + 2 * gb * gc * v[p - 2][p - 1] + gc * gc * v[p - 1][p - 1]);
        double half = T975[Math.min(dof, T975.length) - 1] * Math.sqrt(variance);
        return new LogFactor(without, with, estimate, estimate - half, estimate + half, lN / l0);
    }

    /** The classes this factor allows: without, with, or both when the interval straddles the measure's bounds. */
    public List<ComplexityClass> classes(GrowthMeasure measure) {
        if (high < measure.flatBelow(pure)) return List.of(without);
        if (low > measure.logAbove(pure)) return List.of(with);
        return List.of(without, with);
    }

    private record Solved(double[] theta, double[][] covariance) {
    }

    /**
     * Least squares on relative error of t = [a +] b f + c f ln n (f = n for the linear pair, 1 for the constant one):
     * each row divided by its t, columns scaled to unit size so that counts and seconds alike stay well conditioned.
     */
    private static Solved solve(List<ComplexityFit.Point> points, boolean linear, boolean withOverhead) {
        int p = withOverhead ? 3 : 2;
        int k = points.size();
        double[][] x = new double[k][p];
        double[] scale = new double[p];
        for (int i = 0; i < k; i++) {
            ComplexityFit.Point pt = points.get(i);
            double f = linear ? pt.n() : 1;
            double[] row = withOverhead ? new double[]{1, f, f * Math.log(pt.n())} : new double[]{f, f * Math.log(pt.n())};
            for (int j = 0; j < p; j++) {
                x[i][j] = row[j] / pt.seconds();
                scale[j] = Math.max(scale[j], Math.abs(x[i][j]));
            }
        }
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < p; j++) {
                xty[j] += x[i][j] / scale[j];
                for (int m = 0; m < p; m++) xtx[j][m] += x[i][j] / scale[j] * x[i][m] / scale[m];
            }
        }
        double[][] inv = invert(xtx);
        if (inv == null) return null;
        double[] u = new double[p];
        for (int j = 0; j < p; j++) for (int m = 0; m < p; m++) u[j] += inv[j][m] * xty[m];
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double model = 0;
            for (int j = 0; j < p; j++) model += u[j] * x[i][j] / scale[j];
            rss += (1 - model) * (1 - model);
        }
        double sigma2 = k > p ? rss / (k - p) : 0;
        double[] theta = new double[p];
        double[][] cov = new double[p][p];
        for (int j = 0; j < p; j++) {
            theta[j] = u[j] / scale[j];
            for (int m = 0; m < p; m++) cov[j][m] = sigma2 * inv[j][m] / (scale[j] * scale[m]);
        }
        return new Solved(theta, cov);
    }

    private static double[][] invert(double[][] m) {
        int p = m.length;
        double[][] a = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(m[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (Math.abs(a[pivot][col]) < 1e-12) return null;
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double scale = a[col][col];
            for (int k = 0; k < 2 * p; k++) a[col][k] /= scale;
            for (int r = 0; r < p; r++) {
                if (r == col) continue;
                double factor = a[r][col];
                for (int k = 0; k < 2 * p; k++) a[r][k] -= factor * a[col][k];
            }
        }
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) System.arraycopy(a[i], p, out[i], 0, p);
        return out;
    }
}
