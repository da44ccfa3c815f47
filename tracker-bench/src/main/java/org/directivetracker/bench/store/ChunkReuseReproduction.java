package org.directivetracker.bench.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Reproduces {@code MVStoreException: Chunk N not found} on a bare H2 MVStore the way mongo-java-server's H2 backend
 * uses it: writers put into one map and commit after each put (the event store's forced commit per append), a
 * projection updates a second map, and scanners walk the whole second map, each request holding the map's lock (the
 * backend serializes the requests of a collection). Every operation runs once without registering the version it
 * reads (as the backend does) and once registering it (as {@code EmbeddedMongo}'s backend now does for each request).
 * Without, scans and even single puts whose thread was descheduled for a moment fail. Run (from the project root):
 * <pre>
 * tracker-bench/run.sh chunks [seconds] [retention ms]   # default: 20 0; H2's default retention is 45000
 * </pre>
 */
public final class ChunkReuseReproduction {

    private static final int ROWS = 50_000;
    /** A search by words, as the server matches a regular expression against each document it walks. */
    private static final Pattern SEARCH = Pattern.compile("số 1\\d* về");

    private ChunkReuseReproduction() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int retentionMillis = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        run(false, seconds, retentionMillis);
        run(true, seconds, retentionMillis);
    }

    private static void run(boolean registerVersion, int seconds, int retentionMillis) throws Exception {
        Path dir = Files.createTempDirectory("chunk-reuse");
        MVStore store = new MVStore.Builder().fileName(dir.resolve("store.mv.db").toString()).cacheSize(1).open();
        store.setRetentionTime(retentionMillis);
        MVMap<String, String> view = store.openMap("view");
        MVMap<Long, String> events = store.openMap("events");
        for (int row = 0; row < ROWS; row++) {
            view.put("row-" + row, "Chỉ thị số " + row + " về việc triển khai nhiệm vụ trọng tâm");
        }
        store.commit();
        Object viewLock = new Object();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong position = new AtomicLong();
        AtomicLong scans = new AtomicLong();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        for (int writer = 0; writer < 3; writer++) {
            threads.submit(() -> repeat(until, failures, () -> {
                long next = position.incrementAndGet();
                asOneRequest(store, registerVersion, () -> events.put(next, "event " + next + " ".repeat(200)));
                store.commit();
            }));
        }
        Random random = new Random(7);
        threads.submit(() -> repeat(until, failures, () -> {
            synchronized (viewLock) {
                int row = random.nextInt(ROWS);
                asOneRequest(store, registerVersion,
                        () -> view.put("row-" + row, "Chỉ thị số " + row + " cập nhật " + random.nextInt()));
            }
        }));
        for (int scanner = 0; scanner < 2; scanner++) {
            threads.submit(() -> repeat(until, failures, () -> {
                synchronized (viewLock) {
                    asOneRequest(store, registerVersion,
                            () -> view.entrySet().stream().filter(entry -> SEARCH.matcher(entry.getValue()).find()).count());
                    scans.incrementAndGet();
                }
            }));
        }
        threads.shutdown();
        threads.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        store.close();
        Map<String, Integer> kinds = new TreeMap<>();
        failures.forEach(failure -> kinds.merge(String.valueOf(failure.getMessage()).replaceAll("\\d+", "N"), 1, Integer::sum));
        System.out.printf("%s the version: %d commits, %d scans, %d failed operations %s%n",
                registerVersion ? "registering" : "not registering", position.get(), scans.get(), failures.size(), kinds);
        failures.stream().limit(1).forEach(Throwable::printStackTrace);
    }

    /** A request of the server: with {@code registerVersion}, the version it reads is registered while it runs. */
    private static void asOneRequest(MVStore store, boolean registerVersion, Runnable request) {
        MVStore.TxCounter pin = registerVersion ? store.registerVersionUsage() : null;
        try {
            request.run();
        } finally {
            if (pin != null) {
                store.deregisterVersionUsage(pin);
            }
        }
    }

    private static void repeat(long until, Queue<Throwable> failures, Runnable request) {
        while (System.nanoTime() < until) {
            try {
                request.run();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
    }
}
