package dev.sandcastle.bench;

import java.util.Arrays;
import java.util.List;

/** Latency figures of one measured series, in milliseconds. */
record Stats(int count, double p50, double p95, double p99, double perSecond) {

    static Stats of(List<Double> latenciesMs, double elapsedSeconds) {
        double[] sorted = latenciesMs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length / elapsedSeconds);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    String line() {
        return String.format("n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms throughput=%.1f/s", count, p50, p95, p99, perSecond);
    }
}
