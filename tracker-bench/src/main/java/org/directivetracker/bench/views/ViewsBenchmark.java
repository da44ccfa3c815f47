package org.directivetracker.bench.views;

import static org.directivetracker.bench.Timing.percentile;
import static org.directivetracker.bench.Timing.secondsSince;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.api.readmodels.ReadModelRebuilder;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.briefing.BriefingQueries;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.registry.TrackerReadModels;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoDatabase;

/**
 * The views under a province's load: 64 communes x 1,000 directives written straight into the event store through the
 * engine (the events the aggregate would have stored, see {@link ProvinceHistory}), projected live by the service's
 * tracking processors; then the store's raw read speed and each read model's rebuild speed, and the p50/p99 latency of
 * commune status, directive progress and briefing under 8 concurrent readers for 30 s, called through the
 * {@link QueryGateway} in the same process (no HTTP: the readers measure the views, not HTTP Basic's BCrypt), while
 * communes keep reporting progress (a writer appending reports at a steady rate, which the processors project and
 * the readers' copies follow, as during a meeting).
 *
 * Run (from the project root):
 * <pre>
 * tracker-bench/run.sh views [directives] [seconds] [reports per second]     # default: 1000 30 5
 * tracker-bench/run.sh views after-write [sizes] [writes per size]           # see ReadAfterWriteBenchmark
 * tracker-bench/run.sh views copies [sizes] [writes per size]                # see CopiesAfterWriteBenchmark
 * </pre>
 */
public final class ViewsBenchmark {

    private static final int READERS = 8;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("after-write")) {
            ReadAfterWriteBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("copies")) {
            CopiesAfterWriteBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int directives = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int reportsPerSecond = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dataDir = Files.createTempDirectory("views-bench");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0", "--tracker.data-dir=" + dataDir, "--logging.level.org.directivetracker=WARN",
                "--logging.level.org.axonframework=WARN");
        try {
            run(context, directives, seconds, reportsPerSecond);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int directives, int seconds, int reportsPerSecond)
            throws Exception {
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        QueryGateway queries = context.getBean(QueryGateway.class);
        ReadModelRebuilder rebuilder = context.getBean(ReadModelRebuilder.class);
        EventProcessingConfiguration processors = context.getBean(EventProcessingConfiguration.class);
        List<String> communes = context.getBean(CommuneDirectory.class).codes();
        List<String> readModels = context.getBean(ReadModelRoom.class).names();

        // the history, straight into the store; the live processors follow it
        ProvinceHistory history = new ProvinceHistory(20260301, communes, Instant.now());
        long started = System.nanoTime();
        long events = 0;
        Map<String, Long> nextSequence = new HashMap<>();
        for (int i = 0; i < directives; i++) {
            var stream = history.directive(i);
            engine.appendEvents(stream);
            events += stream.size();
            nextSequence.put("bench-" + i, (long) stream.size());
        }
        double writeSeconds = secondsSince(started);
        System.out.printf("history: %d communes x %d directives, %d events appended in %.1f s (%.0f events/s); %s%n",
                communes.size(), directives, events, writeSeconds, events / writeSeconds, history.obstacleSummary());
        long head = engine.createHeadToken().position().orElse(events - 1);
        awaitProcessors(processors, readModels, head, started);

        // raw read, the baseline of the rebuilds: every event read and its payload deserialized
        double rawRate = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long readStarted = System.nanoTime();
            long read = 0;
            try (Stream<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false)) {
                for (var iterator = all.iterator(); iterator.hasNext(); ) {
                    iterator.next().getPayload();
                    read++;
                }
            }
            rawRate = read / secondsSince(readStarted);
            System.out.printf("raw read (round %d): %d events at %.0f events/s%n", round + 1, read, rawRate);
        }
        for (String readModel : readModels) {
            ReadModelRebuilder.Report report = rebuilder.rebuild(readModel);
            System.out.printf("rebuild %-18s %d events in %.1f s: %.0f events/s = %.0f%% of raw read (processor paused %d ms)%n",
                    readModel, report.events(), report.seconds(), report.eventsPerSecond(),
                    100 * report.eventsPerSecond() / rawRate, report.pausedMillis());
        }

        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        measureCopies(context.getBean(MongoDatabase.class), context.getBean(CommuneDirectory.class), today);

        // readers
        Map<String, List<Long>> samples = new ConcurrentHashMap<>();
        for (String kind : List.of("commune status", "directive progress", "briefing", "obstacle register",
                "register by department")) {
            samples.put(kind, Collections.synchronizedList(new ArrayList<>()));
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ReportingCommunes writer = new ReportingCommunes(engine, history.openAssignments(), nextSequence, reportsPerSecond, until);
        writer.start();
        List<Future<Object>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            running.add(readers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                List<Long> status = new ArrayList<>();
                List<Long> progress = new ArrayList<>();
                List<Long> briefing = new ArrayList<>();
                List<Long> register = new ArrayList<>();
                List<Long> byDepartment = new ArrayList<>();
                while (System.nanoTime() < until) {
                    int pick = random.nextInt(100);
                    long t0 = System.nanoTime();
                    if (pick < 45) {
                        queries.query(new FindCommuneStatus(communes.get(random.nextInt(communes.size())), today),
                                ResponseTypes.instanceOf(CommuneStatusView.class)).join();
                        status.add(System.nanoTime() - t0);
                    } else if (pick < 90) {
                        queries.query(new FindDirectiveProgress("bench-" + random.nextInt(directives), today),
                                ResponseTypes.instanceOf(DirectiveProgressView.class)).join();
                        progress.add(System.nanoTime() - t0);
                    } else if (pick < 95) {
                        queries.query(new FindBriefing(today, today.minusDays(7)), ResponseTypes.instanceOf(Briefing.class)).join();
                        briefing.add(System.nanoTime() - t0);
                    } else if (pick < 98) {
                        // the register as a leader filters it before a meeting: what waits on the departments
                        queries.query(new FindObstacles(true, null, null, today, WaitingOn.DEPARTMENT, null),
                                ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).join();
                        register.add(System.nanoTime() - t0);
                    } else {
                        // one department's referrals, as its own page and the leader's filter ask for them
                        String department = ProvinceHistory.DEPARTMENTS[random.nextInt(ProvinceHistory.DEPARTMENTS.length)];
                        queries.query(new FindObstacles(true, null, null, today, null, department),
                                ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).join();
                        byDepartment.add(System.nanoTime() - t0);
                    }
                }
                samples.get("commune status").addAll(status);
                samples.get("directive progress").addAll(progress);
                samples.get("briefing").addAll(briefing);
                samples.get("obstacle register").addAll(register);
                samples.get("register by department").addAll(byDepartment);
                return null;
            }));
        }
        readers.shutdown();
        readers.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        for (Future<Object> reader : running) {
            try {
                reader.get(1, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                System.out.println("a reader failed, its samples are missing: " + e);
            }
        }
        writer.join();
        System.out.printf("%d readers for %d s (45%% commune status, 45%% directive progress, 5%% briefing with"
                + " the overdue referrals, 3%% obstacle register waiting on departments, 2%% one department's open referrals), in-process query handlers,"
                + " while %d progress reports were appended (%d per second):%n", READERS, seconds, writer.appended, reportsPerSecond);
        samples.forEach((kind, list) -> {
            double[] millis = list.stream().mapToDouble(nanos -> nanos / 1e6).toArray();
            System.out.printf("  %-22s n=%6d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", kind, millis.length,
                    percentile(millis, 50), percentile(millis, 99), percentile(millis, 100));
        });
        double progressP50 = percentile(samples.get("directive progress").stream().mapToDouble(nanos -> nanos / 1e6).toArray(), 50);
        for (String kind : List.of("briefing", "obstacle register", "register by department")) {
            double[] millis = samples.get(kind).stream().mapToDouble(nanos -> nanos / 1e6).toArray();
            System.out.printf("  %-22s p50 = %.1fx directive progress p50 (same run)%n", kind, percentile(millis, 50) / progressP50);
        }
    }

    /**
     * Heap held by one instance's copies of the read models: a fresh set of read models on the live collections, every
     * copy loaded by asking each view once (which also builds what is derived from the copies, as the readers would);
     * used heap after full collections while they are held minus the same once they are released, so that the embedded
     * store's caches, filled either way, weigh nothing.
     */
    private static void measureCopies(MongoDatabase database, CommuneDirectory names, LocalDate today) {
        long before = usedHeapAfterGc();
        long started = System.nanoTime();
        AtomicReference<Object> held = new AtomicReference<>(loadedReadModels(database, names, today));
        double loading = secondsSince(started);
        long with = usedHeapAfterGc();
        held.set(null);
        long released = usedHeapAfterGc();
        System.out.printf("heap held by one instance's copies of the read models: %.1f MB (used after full GC: %.1f MB before,"
                + " %.1f MB with them, %.1f MB once released; loading them took %.1f s)%n", (with - released) / 1e6, before / 1e6,
                with / 1e6, released / 1e6, loading);
    }

    /** The read models of a new instance, each of their copies loaded. */
    private static Object loadedReadModels(MongoDatabase database, CommuneDirectory names, LocalDate today) {
        ReadModelRoom room = new ReadModelRoom(database, TrackerReadModels.ALL);
        List<Object> handlers = TrackerReadModels.queryHandlers(room, names);
        for (Object handler : handlers) {
            if (handler instanceof DirectiveProgressQueries progress) {
                progress.handle(new FindDirectives(null, null, null, null, today));
            } else if (handler instanceof CommuneStatusQueries status) {
                status.handle(new FindCommuneRegistry(today, null));
            } else if (handler instanceof ObstacleRegisterQueries obstacles) {
                obstacles.handle(new FindObstacles(null, null, null, today));
            } else if (handler instanceof BriefingQueries briefing) {
                briefing.handle(new FindBriefing(today, today.minusDays(7)));
            }
        }
        return List.of(room, handlers);
    }

    /** Used heap after full collections: the smallest of five readings, as background threads allocate in between. */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** Communes reporting progress during the meeting: one report appended at a steady rate, as the service would store it. */
    private static final class ReportingCommunes extends Thread {
        private final EventStorageEngine engine;
        private final List<ProvinceHistory.OpenAssignment> open;
        private final Map<String, Long> nextSequence;
        private final long pauseNanos;
        private final long until;
        private volatile int appended;

        ReportingCommunes(EventStorageEngine engine, List<ProvinceHistory.OpenAssignment> open, Map<String, Long> nextSequence,
                int perSecond, long until) {
            super("reporting-communes");
            this.engine = engine;
            this.open = open;
            this.nextSequence = nextSequence;
            this.pauseNanos = perSecond <= 0 ? Long.MAX_VALUE : TimeUnit.SECONDS.toNanos(1) / perSecond;
            this.until = until;
        }

        @Override
        public void run() {
            Random random = new Random(7);
            long next = System.nanoTime();
            while (pauseNanos != Long.MAX_VALUE && !open.isEmpty() && next < until) {
                LockSupport.parkNanos(next - System.nanoTime());
                ProvinceHistory.OpenAssignment assignment = open.get(random.nextInt(open.size()));
                long sequence = nextSequence.merge(assignment.directiveId(), 1L, Long::sum) - 1;
                engine.appendEvents(ProvinceHistory.report(assignment, sequence, 1 + random.nextInt(99), Instant.now()));
                appended++;
                next += pauseNanos;
            }
        }
    }

    /** Waits until every read model's processor has handled the last stored event; prints how fast they followed. */
    private static void awaitProcessors(EventProcessingConfiguration processors, List<String> readModels, long head, long started)
            throws InterruptedException {
        for (String readModel : readModels) {
            TrackingEventProcessor processor = processors.eventProcessor(readModel, TrackingEventProcessor.class).orElseThrow();
            while (true) {
                OptionalLong position = processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).max();
                if (position.isPresent() && position.getAsLong() >= head) {
                    break;
                }
                Thread.sleep(200);
            }
            System.out.printf("live processor %-18s caught up %.1f s after the first append%n", readModel, secondsSince(started));
        }
    }

    private ViewsBenchmark() {
    }
}
