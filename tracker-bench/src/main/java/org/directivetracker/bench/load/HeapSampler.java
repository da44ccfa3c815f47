package org.directivetracker.bench.load;

/**
 * The service's heap in use, as its own metrics say ({@code /actuator/metrics/jvm.memory.used?tag=area:heap}, read
 * with a PROVINCE account), sampled every 5 seconds: garbage not yet collected included, so the maximum is an upper
 * bound of what the service holds. NaN (printed "not read") when no reading answered within a stage.
 */
final class HeapSampler {
    private static final double MB = 1024.0 * 1024.0;

    private final TrackerHttp http;
    private final String leader;
    private double maxMb = Double.NaN;
    private double lastMb = Double.NaN;

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
        synchronized (this) {
            lastMb = mb;
            maxMb = Double.isNaN(maxMb) ? mb : Math.max(maxMb, mb);
        }
        return true;
    }

    /** Starts the maximum afresh; NaN until a reading succeeds. */
    synchronized void reset() {
        maxMb = Double.NaN;
        lastMb = Double.NaN;
    }

    synchronized double maxMb() {
        return maxMb;
    }

    synchronized double lastMb() {
        return lastMb;
    }
}
