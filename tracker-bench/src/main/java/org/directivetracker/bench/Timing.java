package org.directivetracker.bench;

import java.util.Arrays;

/** How the benchmarks time work and summarise the times. */
public final class Timing {

    private Timing() {
    }

    /** How long the work took, in milliseconds. */
    public static double millisOf(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    public static double secondsSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The median: the middle value, or the mean of the two middle ones; 0 for no value. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = sorted(values);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The nearest-rank percentile (the smallest value at least {@code percent}% of the values do not exceed); 0 for no value. */
    public static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = sorted(values);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double[] sorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
