package dev.arbiter.measure;

import java.util.function.DoubleUnaryOperator;

/** The growth classes Arbiter reports, each with its shape f(n). */
public enum ComplexityClass {
    CONSTANT("O(1)", n -> 1),
    LOGARITHMIC("O(log n)", n -> Math.log(n)),
    LINEAR("O(n)", n -> n),
    LINEARITHMIC("O(n log n)", n -> n * Math.log(n)),
    QUADRATIC("O(n^2)", n -> n * n),
    CUBIC("O(n^3)", n -> n * n * n),
    EXPONENTIAL("O(2^n)", n -> n > 1000 ? Double.POSITIVE_INFINITY : Math.pow(2, n));

    private final String label;
    private final DoubleUnaryOperator shape;

    ComplexityClass(String label, DoubleUnaryOperator shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    public double shape(double n) {
        return shape.applyAsDouble(n);
    }

    /** Every label, from the slowest-growing class up. */
    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(ComplexityClass::label).toList();
    }

    /** The class with this label ("O(n log n)"), or null for null. */
    public static ComplexityClass fromLabel(String label) {
        if (label == null) return null;
        for (ComplexityClass c : values()) {
            if (c.label.equals(label)) return c;
        }
        throw new IllegalArgumentException("no growth class " + label);
    }
}
