package org.directivetracker.bench.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.api.views.ReadModelRebuilder;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The views under a province's load: 64 communes x 1,000 directives written straight into the event store through the
 * engine (the events the aggregate would have stored, see {@link ProvinceHistory}), projected live by the service's
 * tracking processors; then the store's raw read speed and each read model's rebuild speed, and the p50/p99 latency of
 * commune status, directive progress and briefing under 8 concurrent readers for 30 s, called through the
 * {@link QueryGateway} in the same process (no HTTP: the readers measure the views, not HTTP Basic's BCrypt).
 *
 * Run (from the project root):
 * <pre>
 * tracker-bench/run.sh views [directives] [seconds]     # default: 1000 30
 * </pre>
 */
public final class ViewsBenchmark {

    private static final List<String> READ_MODELS = List.of("directive-progress", "commune-status", "obstacle-register", "briefing-changes");
    private static final int READERS = 8;

    public static void main(String[] args) throws Exception {
        int directives = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dataDir = Files.createTempDirectory("views-bench");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0", "--tracker.data-dir=" + dataDir, "--logging.level.org.directivetracker=WARN",
                "--logging.level.org.axonframework=WARN");
        try {
            run(context, directives, seconds);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int directives, int seconds) throws Exception {
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        QueryGateway queries = context.getBean(QueryGateway.class);
        ReadModelRebuilder rebuilder = context.getBean(ReadModelRebuilder.class);
        EventProcessingConfiguration processors = context.getBean(EventProcessingConfiguration.class);
        List<String> communes = context.getBean(CommuneDirectory.class).codes();

        // the history, straight into the store; the live processors follow it
        ProvinceHistory history = new ProvinceHistory(20260301, communes, Instant.now());
        long started = System.nanoTime();
        long events = 0;
        for (int i = 0; i < directives; i++) {
            var stream = history.directive(i);
            engine.appendEvents(stream);
            events += stream.size();
        }
        double writeSeconds = secondsSince(started);
        System.out.printf("history: %d communes x %d directives, %d events appended in %.1f s (%.0f events/s)%n",
                communes.size(), directives, events, writeSeconds, events / writeSeconds);
        long head = engine.createHeadToken().position().orElse(events - 1);
        awaitProcessors(processors, head, started);

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
        for (String readModel : READ_MODELS) {
            ReadModelRebuilder.Report report = rebuilder.rebuild(readModel);
            System.out.printf("rebuild %-18s %d events in %.1f s: %.0f events/s = %.0f%% of raw read (processor paused %d ms)%n",
                    readModel, report.events(), report.seconds(), report.eventsPerSecond(),
                    100 * report.eventsPerSecond() / rawRate, report.pausedMillis());
        }

        // readers
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        Map<String, List<Long>> samples = new ConcurrentHashMap<>();
        for (String kind : List.of("commune status", "directive progress", "briefing")) {
            samples.put(kind, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Object>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            running.add(readers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                List<Long> status = new ArrayList<>();
                List<Long> progress = new ArrayList<>();
                List<Long> briefing = new ArrayList<>();
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
                    } else {
                        queries.query(new FindBriefing(today, today.minusDays(7)), ResponseTypes.instanceOf(Briefing.class)).join();
                        briefing.add(System.nanoTime() - t0);
                    }
                }
                samples.get("commune status").addAll(status);
                samples.get("directive progress").addAll(progress);
                samples.get("briefing").addAll(briefing);
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
        System.out.printf("%d readers for %d s (45%% commune status, 45%% directive progress, 10%% briefing), in-process query handlers:%n",
                READERS, seconds);
        samples.forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-18s n=%6d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", kind, sorted.length,
                    percentile(sorted, 50), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        });
    }

    /** Waits until every read model's processor has handled the last stored event; prints how fast they followed. */
    private static void awaitProcessors(EventProcessingConfiguration processors, long head, long started) throws InterruptedException {
        for (String readModel : READ_MODELS) {
            TrackingEventProcessor processor = processors.eventProcessor(readModel, TrackingEventProcessor.class).orElseThrow();
            while (true) {
                OptionalLong position = processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).max().stream().mapToObj(OptionalLong::of).findFirst()
                        .orElse(OptionalLong.empty());
                if (position.isPresent() && position.getAsLong() >= head) {
                    break;
                }
                Thread.sleep(200);
            }
            System.out.printf("live processor %-18s caught up %.1f s after the first append%n", readModel, secondsSince(started));
        }
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private ViewsBenchmark() {
    }
}
