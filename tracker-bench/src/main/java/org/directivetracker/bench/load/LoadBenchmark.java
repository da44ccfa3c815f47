package org.directivetracker.bench.load;

import org.directivetracker.bench.Timing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The whole service under a province's load, from outside over HTTP: starts the packaged jar in demo mode on a fresh
 * embedded store (or on {@code TRACKER_MONGO_URI}, or drives {@code --url} of a running service), grows the store in
 * stages by the leader issuing directives to every commune, and at each stage runs the 64 chairs' writes, the
 * leaders' and the auditor's reads and the lag probe for a fixed time; prints each stage's table and the ratios of the
 * largest stage to the smallest. Run (from the project root):
 * <pre>
 * tracker-bench/run.sh load --stages=10000,100000 --seconds=60 --writers=8 --readers=8
 * </pre>
 * Each actor calls again as soon as answered unless {@code --write-rate}, {@code --read-rate} or {@code --audit-rate}
 * paces the chairs' writers, the leaders or the auditors (calls per second, all of them together; the leader's
 * decisions on requests are not paced).
 */
public final class LoadBenchmark {

    /** What the README asks an IT office to start the service with: G1 kept to shorter pauses, which every request in flight waits out. */
    static final String SERVICE_JVM = "-XX:MaxGCPauseMillis=50";

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        TrackerProcess service = null;
        String url = options.url();
        Path dataDir = null;
        if (url == null) {
            dataDir = TrackerProcess.freshDataDir("load-bench");
            service = new TrackerProcess(options.jar(), dataDir, options.serviceHeap(), options.serviceJvmOr(SERVICE_JVM), List.of("--demo"),
                    Duration.ofMinutes(options.startWithin()));
            System.out.printf("starting %s with --demo on the %s (heap -Xmx%s, JVM options %s; log %s)%n", options.jar(),
                    service.store(), options.serviceHeap(), options.serviceJvmOr(SERVICE_JVM), service.logFile());
            System.out.printf("service up in %.0f s%n", service.start());
            url = service.url();
        }
        try {
            run(options, url);
        } finally {
            if (service != null) {
                service.stop();
                if (!options.keep()) {
                    deleteTree(dataDir);
                }
            }
        }
    }

    private static void run(LoadOptions options, String url) throws InterruptedException {
        System.out.printf("load run of %s against %s: %s; %d cores, load average %.1f at start%n", Instant.now(), url,
                options.describe(), Runtime.getRuntime().availableProcessors(), loadAverage());
        LatencyLog log = new LatencyLog();
        TrackerHttp http = new TrackerHttp(url, options.password(), log);
        TrackerHttp quiet = new TrackerHttp(url, options.password(), null);
        List<String> communes = Province.communesOf(firstAnswer(quiet, options.leader(), "/api/communes", options).json());
        SignInCost.report(quiet, communes);
        TrackerHttp.Answer verified = quiet.post(null, options.auditor(), "/api/admin/verify", null);
        long events = verified.json().path("events").asLong();
        System.out.printf("store at start: %,d events in %d directives (POST /api/admin/verify, %.0f ms), %d communes%n",
                events, verified.json().path("directives").asInt(), verified.millis(), communes.size());
        Province province = new Province(communes, events, options.window());
        List<LoadReport.Stage> stages = new ArrayList<>();
        for (long target : options.stages()) {
            double grown = grow(quiet, province, options, target);
            awaitViews(quiet, province, options);
            LoadReport.Stage stage = measure(http, log, province, options, target, grown);
            stages.add(stage);
            System.out.print(LoadReport.stage(stage));
            System.out.print(LoadReport.pacing(stage, options.writeRate(), options.readRate(), options.auditRate()));
            System.out.flush();
        }
        if (stages.size() > 1) {
            System.out.print(LoadReport.ratios(stages.get(0), stages.get(stages.size() - 1)));
        }
    }

    /**
     * The first read of a service just started on a large store: a 503 means its views are still being read, so it is
     * asked again until it answers (at most {@code --catch-up} minutes); any other failure ends the run.
     */
    private static TrackerHttp.Answer firstAnswer(TrackerHttp http, String account, String path, LoadOptions options)
            throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            TrackerHttp.Answer answer = http.get(null, account, path);
            if (answer.ok()) {
                return answer;
            }
            if (answer.status() != 503 || System.nanoTime() - started > Duration.ofMinutes(options.catchUp()).toNanos()) {
                throw new IllegalStateException(path + " answered " + answer.status() + ": " + abbreviated(answer.body()));
            }
            System.out.printf("%s answered 503 (views still being read); asking again in 5 s%n", path);
            Thread.sleep(5_000);
        }
    }

    /** The leader issues directives to every commune, from several threads, until the store holds the target. */
    private static double grow(TrackerHttp http, Province province, LoadOptions options, long target) throws InterruptedException {
        long started = System.nanoTime();
        int before = province.directiveCount();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> growers = new ArrayList<>();
        for (int i = 0; i < options.growers(); i++) {
            growers.add(started("grower-" + i, () -> {
                while ((province.events() < target || province.directiveCount() == 0) && failures.get() < 100) {
                    Map<String, Object> directive = province.newDirective();
                    TrackerHttp.Answer answer = http.post(null, options.leader(), "/api/directives", directive);
                    if (answer.ok()) {
                        province.issued(answer.json().path("id").asText(), LocalDate.parse((String) directive.get("deadline")));
                    } else {
                        failures.incrementAndGet();
                        System.out.println("issuing a directive answered " + answer.status() + ": " + abbreviated(answer.body()));
                    }
                }
            }));
        }
        for (Thread grower : growers) {
            grower.join();
        }
        if (failures.get() >= 100) {
            throw new IllegalStateException("growing the store failed 100 times; see the answers above");
        }
        double seconds = Timing.secondsSince(started);
        System.out.printf("%ngrew to %,d events: %d directives to all %d communes in %.0f s (%.1f directives/s); load average %.1f%n",
                province.events(), province.directiveCount() - before, province.communes().size(), seconds,
                (province.directiveCount() - before) / Math.max(seconds, 0.001), loadAverage());
        return seconds;
    }

    /**
     * Waits until the directive issued last shows in its progress view, so that a stage measures the service as it runs,
     * not the views catching up on a growth far faster than a province's (at most {@code --catch-up} minutes).
     */
    private static void awaitViews(TrackerHttp http, Province province, LoadOptions options) throws InterruptedException {
        String last = province.lastDirective();
        long started = System.nanoTime();
        long patience = Duration.ofMinutes(options.catchUp()).toNanos();
        while (last != null && http.get(null, options.leader(), "/api/directives/" + last).status() != 200) {
            if (System.nanoTime() - started > patience) {
                System.out.printf("the views had not shown the directive issued last %d minutes after the growth; measuring anyway%n",
                        options.catchUp());
                return;
            }
            Thread.sleep(1_000);
        }
        System.out.printf("views caught up %.0f s after the growth; load average %.1f%n", Timing.secondsSince(started), loadAverage());
    }

    /** Every actor at once: warm-up, then the measured time; the figures of the measured time only. */
    private static LoadReport.Stage measure(TrackerHttp http, LatencyLog log, Province province, LoadOptions options,
                                            long target, double growSeconds) throws InterruptedException {
        Running running = new Running();
        LagProbe probe = new LagProbe(http, log, options.leader());
        CommuneChairs chairs = new CommuneChairs(http, province, probe, options.leader());
        Readers readers = new Readers(http, province, options.leader(), options.auditor());
        HeapSampler heap = new HeapSampler(new TrackerHttp(http.base(), options.password(), null), options.leader());
        DriverPauses driverPauses = DriverPauses.listening();
        List<Thread> actors = new ArrayList<>();
        for (int i = 0; i < options.writers(); i++) {
            actors.add(started("chair-writer-" + i, chairs.writer(i, options.writers(), running, options.writePacing())));
        }
        actors.add(started("leader-decider", chairs.decider(running)));
        for (int i = 0; i < options.readers(); i++) {
            actors.add(started("leader-reader-" + i, readers.leader(running, options.readPacing())));
        }
        for (int i = 0; i < options.auditors(); i++) {
            actors.add(started("auditor-" + i, readers.auditor(running, options.auditPacing())));
        }
        actors.add(started("lag-probe", probe));
        actors.add(started("heap-sampler", heap.loop(running)));
        Thread.sleep(options.warmup() * 1000L);
        log.clear();
        heap.reset();
        driverPauses.take();
        long eventsAtStart = province.events();
        long started = System.nanoTime();
        Thread.sleep(options.seconds() * 1000L);
        Map<String, LatencyLog.Figures> figures = log.takeFigures(Timing.secondsSince(started));
        long eventsAtEnd = province.events();
        double heapMax = heap.maxMb();
        double heapLast = heap.lastMb();
        double heapLive = heap.liveMaxMb();
        DriverPauses.Window paused = driverPauses.take();
        driverPauses.close();
        running.stop();
        probe.stop();
        for (Thread actor : actors) {
            actor.join(120_000);
        }
        System.out.printf("measured %d s at %,d events; load average %.1f at its end%n", options.seconds(), eventsAtStart, loadAverage());
        return new LoadReport.Stage(target, eventsAtStart, eventsAtEnd, growSeconds, figures, heapMax, heapLast, heapLive, paused);
    }

    static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    /** The one-minute load average of this machine (what else ran), NaN where /proc is not there. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
