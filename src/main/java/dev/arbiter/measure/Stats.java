package dev.arbiter.measure;

import java.util.List;

/** The few robust statistics the measurements need. */
public final class Stats {

    private Stats() {
    }

    public static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    /** The p-quantile by linear interpolation between order statistics. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values");
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double at = p * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }

    public static double geometricMean(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values");
        double sum = 0;
        for (double v : values) sum += Math.log(v);
        return Math.exp(sum / values.size());
    }
}
