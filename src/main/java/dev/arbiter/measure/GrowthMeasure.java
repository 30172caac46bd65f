package dev.arbiter.measure;

/**
 * What a growth curve was measured in, and so how far its log factor can be trusted. Counted work (bytecodes,
 * interpreter instructions) follows the algorithm; timed work also follows the caches, whose misses can raise the
 * per-element cost of linear code by 1.5x (Python) to 3x (compiled Java) over 128x (docs/BENCHMARKS.md).
 * A class with a log factor is confirmed only when the factor's whole confidence interval lies above
 * {@code logAbove}, and denied only when it lies below {@code flatBelow}; in between the score names both classes.
 */
public enum GrowthMeasure {
    /** Executed bytecodes (Java agent) or interpreter instructions plus modelled C builtins (Python). */
    COUNTED(1.1, 1.1, 0.1),
    /** Wall time outside the program, median over rounds and measurements. */
    TIMED(1.15, 1.6, 0);

    private final double flatBelow;
    private final double logAbove;
    private final double shareOfPure;

    GrowthMeasure(double flatBelow, double logAbove, double shareOfPure) {
        this.flatBelow = flatBelow;
        this.logAbove = logAbove;
        this.shareOfPure = shareOfPure;
    }

    /** Below this, the per-unit cost did not grow: no log factor (over a range where a pure log gives about 2). */
    public double flatBelow() {
        return flatBelow;
    }

    /** Above this, the per-unit cost grew more than anything but a log factor explains (a pure log about 2). */
    public double logAbove() {
        return logAbove;
    }

    /**
     * {@link #flatBelow()} over a range where a pure log factor is {@code pure}: counts take at least a tenth of the
     * way from flat (1) to a pure log. 1.1 is that tenth where scores mostly decide (O(n) / O(n log n) over 250x
     * to 500x: pure 1.8-2.0); over integer inputs up to 10^18 a pure O(log n) gives 29, where 1.1 would ask a count
     * to stay flat within a few bytecodes per call (the tuning corpus's MathSqrtFixup: 0.98 [0.86, 1.10], O(1)).
     */
    public double flatBelow(double pure) {
        return Math.max(flatBelow, 1 + shareOfPure * (pure - 1));
    }

    /** {@link #logAbove()} over a range where a pure log factor is {@code pure}, as {@link #flatBelow(double)}. */
    public double logAbove(double pure) {
        return Math.max(logAbove, 1 + shareOfPure * (pure - 1));
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
