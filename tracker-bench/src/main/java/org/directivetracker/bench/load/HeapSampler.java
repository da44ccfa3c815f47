package org.directivetracker.bench.load;

/**
 * The service's heap in use, as its own metrics say ({@code /actuator/metrics/jvm.memory.used?tag=area:heap}, read
 * with a PROVINCE account), sampled every 5 seconds: garbage not yet collected included, so the maximum is an upper
 * bound of what the service holds. Beside it what the old generation held after a collection
 * ({@code jvm.gc.live.data.size}): closer, but G1 leaves old garbage there until a marking cycle has run, so still an
 * upper bound (at 1,000,000 events 5.2 GB of it against 0.8 GB after a full collection).
 * NaN (printed "not read") when no reading answered within a stage.
 */
final class HeapSampler {
    private static final double MB = 1024.0 * 1024.0;

    private final TrackerHttp http;
    private final String leader;
    private double maxMb = Double.NaN;
    private double lastMb = Double.NaN;
    private double liveMaxMb = Double.NaN;

    HeapSampler(TrackerHttp http, String leader) {
        this.http = http;
        this.leader = leader;
    }

    Runnable loop(Running running) {
        return () -> {
            while (running.on()) {
                sample();
                CommuneChairs.sleep(5_000);
            }
        };
    }

    /** One reading now; false when the service did not answer it. */
    boolean sample() {
        TrackerHttp.Answer answer = http.get(null, leader, "/actuator/metrics/jvm.memory.used?tag=area:heap");
        if (!answer.ok()) {
            return false;
        }
        double mb = answer.json().path("measurements").path(0).path("value").asDouble() / MB;
        TrackerHttp.Answer live = http.get(null, leader, "/actuator/metrics/jvm.gc.live.data.size");
        double liveMb = live.ok() ? live.json().path("measurements").path(0).path("value").asDouble() / MB : Double.NaN;
        synchronized (this) {
            lastMb = mb;
            maxMb = Double.isNaN(maxMb) ? mb : Math.max(maxMb, mb);
            if (liveMb > 0) { // 0 until the first collection that measured it
                liveMaxMb = Double.isNaN(liveMaxMb) ? liveMb : Math.max(liveMaxMb, liveMb);
            }
        }
        return true;
    }

    /** Starts the maximum afresh; NaN until a reading succeeds. */
    synchronized void reset() {
        maxMb = Double.NaN;
        lastMb = Double.NaN;
        liveMaxMb = Double.NaN;
    }

    synchronized double maxMb() {
        return maxMb;
    }

    synchronized double lastMb() {
        return lastMb;
    }

    /** The most the old generation held after a collection within the stage. */
    synchronized double liveMaxMb() {
        return liveMaxMb;
    }
}
