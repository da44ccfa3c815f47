package org.directivetracker.bench.load;

import org.directivetracker.bench.Timing;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every call's time and answer, per endpoint (or per view, for the lag until a write shows), kept until the figures
 * of a stage are taken.
 */
public final class LatencyLog {
    private final Map<String, Samples> byName = new ConcurrentHashMap<>();

    /** Records one call; status 0 means no answer came. */
    public void record(String name, double millis, int status) {
        byName.computeIfAbsent(name, key -> new Samples()).add(millis, status);
    }

    /** The figures of everything recorded since the last call, over {@code seconds} of measuring; starts afresh. */
    public synchronized Map<String, Figures> takeFigures(double seconds) {
        Map<String, Figures> figures = new TreeMap<>();
        byName.forEach((name, samples) -> figures.put(name, samples.takeFigures(name, seconds)));
        return figures;
    }

    /** Forgets what was recorded (the warm-up's calls). */
    public void clear() {
        takeFigures(1);
    }

    /**
     * What one endpoint did over a stage: calls, answered 2xx, 4xx, 5xx, unanswered, and the times of all calls in
     * milliseconds (nearest-rank percentiles).
     */
    public record Figures(String name, int calls, int ok, int clientErrors, int serverErrors, int unanswered,
                          double seconds, double p50, double p99, double max) {

        static Figures of(String name, double[] millis, int[] statuses, double seconds) {
            int ok = 0;
            int client = 0;
            int server = 0;
            int none = 0;
            for (int status : statuses) {
                if (status >= 200 && status < 300) {
                    ok++;
                } else if (status >= 400 && status < 500) {
                    client++;
                } else if (status >= 500) {
                    server++;
                } else if (status == 0) {
                    none++;
                }
            }
            double max = Arrays.stream(millis).max().orElse(0);
            return new Figures(name, millis.length, ok, client, server, none, seconds,
                    Timing.percentile(millis, 50), Timing.percentile(millis, 99), max);
        }

        /** Successful calls per second. */
        public double okPerSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private static final class Samples {
        private double[] millis = new double[1024];
        private int[] statuses = new int[1024];
        private int size;

        synchronized void add(double value, int status) {
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, size * 2);
                statuses = Arrays.copyOf(statuses, size * 2);
            }
            millis[size] = value;
            statuses[size] = status;
            size++;
        }

        synchronized Figures takeFigures(String name, double seconds) {
            Figures figures = Figures.of(name, Arrays.copyOf(millis, size), Arrays.copyOf(statuses, size), seconds);
            size = 0;
            return figures;
        }
    }
}
