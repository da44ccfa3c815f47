package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.directivetracker.eventstore.mongo.StoreFixtures.progress;
import static org.directivetracker.eventstore.mongo.StoreFixtures.reports;

/**
 * The service's mix on one store for a bounded time: writers appending reports, a projection updating view documents,
 * readers scanning whole collections (a search that no index serves), tracking every event from the start (a
 * rebuild) and loading aggregates. Every failed request is kept, with its stack trace.
 */
final class StoreSoak {

    static final int DIRECTIVES_PER_WRITER = 25;

    private final MongoDatabase database;
    private final MongoEventStorageEngine engine;
    private final MongoCollection<Document> views;
    final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    final AtomicLong appends = new AtomicLong();
    final AtomicLong scans = new AtomicLong();
    final AtomicLong trackedReads = new AtomicLong();
    final AtomicLong aggregateLoads = new AtomicLong();
    final AtomicLong viewUpdates = new AtomicLong();

    StoreSoak(MongoDatabase database, MongoEventStorageEngine engine) {
        this.database = database;
        this.engine = engine;
        this.views = database.getCollection("soak_views");
    }

    /**
     * A store that already holds {@code directives} directives issued in 50-event commits, and a view of
     * {@code viewRows} rows, so that scans are long.
     */
    void seed(int directives, int viewRows) {
        for (int d = 0; d < directives; d++) {
            engine.appendEvents(reports("seed-" + d, 0, 50));
        }
        List<Document> rows = new ArrayList<>();
        for (int row = 0; row < viewRows; row++) {
            rows.add(viewRow(row, row % 101));
            if (rows.size() == 1_000) {
                views.insertMany(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            views.insertMany(rows);
        }
    }

    private static Document viewRow(int row, int percent) {
        return new Document("_id", "row-" + row).append("percent", percent)
                .append("title", "Chỉ thị số " + row + " về việc triển khai nhiệm vụ trọng tâm của xã, phường")
                .append("note", "Báo cáo tiến độ lần thứ " + percent + ": đã hoàn thành khảo sát, đang lập hồ sơ");
    }

    void run(int writers, int scanners, int trackers, int viewRows, Duration duration) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(writers + scanners + trackers + 2);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            threads.submit(() -> repeat(until, new Writer(writer)::appendOne));
        }
        for (int s = 0; s < scanners; s++) {
            threads.submit(() -> repeat(until, this::scanCollections));
        }
        for (int t = 0; t < trackers; t++) {
            Tracker tracker = new Tracker();
            threads.submit(() -> repeat(until, tracker::readOn));
        }
        threads.submit(() -> repeat(until, () -> loadAggregate(writers)));
        threads.submit(() -> repeat(until, () -> updateViewRows(viewRows)));
        threads.shutdown();
        if (!threads.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            threads.shutdownNow();
            failures.add(new AssertionError("the soak's requests did not finish within two minutes of its end"));
        }
    }

    private void repeat(long until, Runnable request) {
        while (System.nanoTime() < until) {
            try {
                request.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        }
    }

    /** One writer's directives, each appended to in turn; every event it was told is stored is counted. */
    private final class Writer {
        private final int writer;
        private final long[] nextSequence = new long[DIRECTIVES_PER_WRITER];
        private int turn;

        Writer(int writer) {
            this.writer = writer;
        }

        void appendOne() {
            int d = turn++ % DIRECTIVES_PER_WRITER;
            String directive = directiveOf(writer, d);
            long sequence = nextSequence[d];
            engine.appendEvents(progress(directive, sequence, (int) (sequence % 101)));
            nextSequence[d]++;
            appends.incrementAndGet();
        }
    }

    static String directiveOf(int writer, int index) {
        return "w" + writer + "-d" + index;
    }

    /** As a projection catching up does: a batch of rows of the view replaced in one request. */
    private void updateViewRows(int viewRows) {
        List<ReplaceOneModel<Document>> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int row = ThreadLocalRandom.current().nextInt(viewRows);
            batch.add(new ReplaceOneModel<>(Filters.eq("_id", "row-" + row),
                    viewRow(row, ThreadLocalRandom.current().nextInt(101)), new ReplaceOptions().upsert(true)));
        }
        views.bulkWrite(batch);
        viewUpdates.addAndGet(batch.size());
    }

    /**
     * Whole-collection scans, as a search by words does: a filter no unique index serves makes the server walk every
     * document of the view, and now and then of the events.
     */
    private void scanCollections() {
        views.find(Filters.regex("title", "số 1\\d* về")).into(new ArrayList<>());
        if (scans.incrementAndGet() % 10 == 0) {
            database.getCollection(MongoEventStorageEngine.EVENTS)
                    .find(Filters.regex("stream", "^seed-1/")).into(new ArrayList<>());
        }
    }

    /** A processor: follows the store from its token, and now and then starts again from nothing (a rebuild). */
    private final class Tracker {
        private TrackingToken token;
        private int reads;

        void readOn() {
            if (++reads % 20 == 0) {
                token = null;
            }
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                stream.forEach(event -> {
                    token = event.trackingToken();
                    trackedReads.incrementAndGet();
                });
            }
        }
    }

    private void loadAggregate(int writers) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String directive = directiveOf(random.nextInt(writers), random.nextInt(DIRECTIVES_PER_WRITER));
        engine.readEvents(directive).asStream().forEach(event -> {
        });
        aggregateLoads.incrementAndGet();
    }

    @Override
    public String toString() {
        return appends + " appends, " + viewUpdates + " view rows replaced, " + scans + " scans, " + trackedReads
               + " events tracked, " + aggregateLoads + " aggregates loaded, " + failures.size() + " failed requests";
    }

    /** Every event of the writers' directives as stored now, in the order of their streams. */
    List<Long> storedSequencesOf(String directive) {
        return engine.readEvents(directive).asStream().map(event -> event.getSequenceNumber()).toList();
    }
}
