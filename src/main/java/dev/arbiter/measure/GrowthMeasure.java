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
    COUNTED(1.1, 1.1),
    /** Wall time outside the program, median over rounds and measurements. */
    TIMED(1.15, 1.6);

    private final double flatBelow;
    private final double logAbove;

    GrowthMeasure(double flatBelow, double logAbove) {
        this.flatBelow = flatBelow;
        this.logAbove = logAbove;
    }

    /** Below this, the per-unit cost did not grow: no log factor. */
    public double flatBelow() {
        return flatBelow;
    }

    /** Above this, the per-unit cost grew more than anything but a log factor explains. */
    public double logAbove() {
        return logAbove;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
