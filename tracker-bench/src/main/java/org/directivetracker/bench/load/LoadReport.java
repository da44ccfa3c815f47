package org.directivetracker.bench.load;

import org.directivetracker.bench.load.LatencyLog.Figures;

import java.util.Locale;
import java.util.Map;

/** The load run's figures as Markdown tables, ready to paste: one per stage, then the ratios of the largest to the smallest. */
final class LoadReport {

    private LoadReport() {
    }

    /** What one stage measured: the store's size when measuring began and ended, every endpoint's and view's figures, the heap. */
    record Stage(long target, long eventsAtStart, long eventsAtEnd, double growSeconds, Map<String, Figures> figures,
                 double heapMaxMb, double heapLastMb, double liveMaxMb, DriverPauses.Window driverPauses) {

        /** Acknowledged writes per second, all kinds together. */
        double writesPerSecond() {
            return figures.values().stream().filter(f -> f.name().startsWith("write ")).mapToDouble(Figures::okPerSecond).sum();
        }

        /** Calls answered with a 5xx, lag probes excluded (they are not calls a user made). */
        int serverErrors() {
            return figures.values().stream().filter(f -> !f.name().startsWith("lag ")).mapToInt(Figures::serverErrors).sum();
        }
    }

    static String stage(Stage stage) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n### %,d events (%,d when measuring began, %,d at its end; grown in %.0f s)%n",
                stage.target(), stage.eventsAtStart(), stage.eventsAtEnd(), stage.growSeconds()));
        out.append(String.format(Locale.ROOT, "writes %.1f/s acknowledged; 5xx answers: %d; service heap used: max %s, last %s;"
                        + " held after a collection (old generation): max %s%n%n", stage.writesPerSecond(), stage.serverErrors(),
                megabytes(stage.heapMaxMb()), megabytes(stage.heapLastMb()), megabytes(stage.liveMaxMb())));
        DriverPauses.Window pauses = stage.driverPauses();
        out.append(String.format(Locale.ROOT, "the driver's own collector paused %d times in the measured time, at most %.0f ms,"
                + " %.0f ms in all (the calls in flight wait them out, so they count in the latencies)%n%n",
                pauses.pauses(), pauses.maxMillis(), pauses.totalMillis()));
        out.append("| endpoint or view | calls | 2xx/s | p50 ms | p99 ms | max ms | 4xx | 5xx | no answer |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Figures f : stage.figures().values()) {
            if (f.calls() == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d |%n", f.name(), f.calls(),
                    f.okPerSecond(), f.p50(), f.p99(), f.max(), f.clientErrors(), f.serverErrors(), f.unanswered()));
        }
        return out.toString();
    }

    /**
     * Whether each paced group kept its schedule: the calls it made per second against the rate asked. A group with too
     * few actors for its rate (at least the rate times a call's time are needed) falls behind, and since each call is
     * timed from when it was due its times then grow with the queue behind it: they measure that queue, not the service.
     */
    static String pacing(Stage stage, double writeRate, double readRate, double auditRate) {
        StringBuilder out = new StringBuilder();
        kept(out, stage, "the chairs' writers", "writes", writeRate,
                name -> name.startsWith("write ") && !name.equals("write decision")); // the leader's decisions are not paced
        kept(out, stage, "the leaders", "reads", readRate, name -> name.startsWith("read ") || name.startsWith("page "));
        kept(out, stage, "the auditors", "replays", auditRate, name -> name.startsWith("audit "));
        return out.toString();
    }

    private static void kept(StringBuilder out, Stage stage, String who, String calls, double rate,
                             java.util.function.Predicate<String> ofGroup) {
        if (!(rate > 0)) {
            return;
        }
        double made = stage.figures().values().stream().filter(f -> ofGroup.test(f.name()))
                .mapToDouble(f -> f.seconds() <= 0 ? 0 : f.calls() / f.seconds()).sum();
        String kept = made < rate * 0.95
                ? ": BEHIND their schedule (too few of them for the calls' times, or more than the service can answer);"
                  + " their times measure the queue behind them, not the service"
                : made > rate * 1.05
                ? ": AHEAD of their schedule, making up calls that fell behind before the measured time (the service did not"
                  + " keep the rate then); their times measure that queue, not the service"
                : "";
        out.append(String.format(Locale.ROOT, "%s made %.1f of the %.1f %s/s asked%s%n", who, made, rate, calls, kept));
    }

    /** Large over small for writes/s, heap, and each endpoint's rate and p99 (a lag's rate is the writes it followed). */
    static String ratios(Stage small, Stage large) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n### Ratios, %,d events over %,d events (1.00 = flat)%n%n", large.target(), small.target()));
        out.append("| measure | small | large | large / small |\n| --- | ---: | ---: | ---: |\n");
        row(out, "writes/s", small.writesPerSecond(), large.writesPerSecond());
        row(out, "heap used max (MB)", small.heapMaxMb(), large.heapMaxMb());
        row(out, "heap held after a collection max (MB)", small.liveMaxMb(), large.liveMaxMb());
        for (Figures smallFigures : small.figures().values()) {
            Figures largeFigures = large.figures().get(smallFigures.name());
            if (largeFigures != null && smallFigures.calls() > 0 && largeFigures.calls() > 0) {
                row(out, smallFigures.name() + " p99 ms", smallFigures.p99(), largeFigures.p99());
                if (!smallFigures.name().startsWith("lag ")) {
                    row(out, smallFigures.name() + " 2xx/s", smallFigures.okPerSecond(), largeFigures.okPerSecond());
                }
            }
        }
        return out.toString();
    }

    static String megabytes(double mb) {
        return Double.isNaN(mb) ? "not read" : String.format(Locale.ROOT, "%.0f MB", mb);
    }

    /** large / small, or NaN when small is 0 (no ratio to take). */
    static double ratio(double small, double large) {
        return small == 0 || Double.isNaN(small) || Double.isNaN(large) ? Double.NaN : large / small;
    }

    private static String oneDecimal(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void row(StringBuilder out, String name, double small, double large) {
        double ratio = ratio(small, large);
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", name, oneDecimal(small), oneDecimal(large),
                Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio)));
    }
}
