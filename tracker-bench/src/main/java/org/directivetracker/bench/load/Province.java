package org.directivetracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the load driver knows of the province it drives: the communes, the directives it issued (all to every commune),
 * the state of each assignment as far as its own acknowledged writes tell, and how many events those writes stored.
 */
public final class Province {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<String> communes;
    private final List<String> directives = new ArrayList<>();
    private final Map<String, Assignment> assignments = new ConcurrentHashMap<>();
    private final AtomicLong events;
    private final AtomicLong counter = new AtomicLong();
    private final int activeWindow;

    public Province(List<String> communes, long eventsAtStart, int activeWindow) {
        this.communes = List.copyOf(communes);
        this.events = new AtomicLong(eventsAtStart);
        this.activeWindow = activeWindow;
    }

    /** The commune codes of the province's registry, as the service answered them. */
    public static List<String> communesOf(JsonNode registry) {
        List<String> codes = new ArrayList<>();
        registry.forEach(entry -> codes.add(entry.get("code").asText()));
        return codes;
    }

    public List<String> communes() {
        return communes;
    }

    /** Events in the store: those found at the start plus those the driver's acknowledged writes stored. */
    public long events() {
        return events.get();
    }

    void stored(long count) {
        events.addAndGet(count);
    }

    /** A mark no other write of this run carries, so that a view showing it shows this write. */
    String uniqueMark() {
        return "[L-" + counter.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000L, 36) + "]";
    }

    /** The body of an issue to every commune, due in 3 to 150 days. */
    Map<String, Object> newDirective() {
        long number = counter.incrementAndGet();
        LocalDate deadline = LocalDate.now(ZONE).plusDays(ThreadLocalRandom.current().nextInt(3, 151));
        return Map.of("title", "Kế hoạch kiểm tra tải số " + number + "/KH-UBND",
                "description", "Triển khai thực hiện kế hoạch số " + number + " tại tất cả xã, phường",
                "reference", "Kế hoạch số " + number + "/KH-UBND", "field", "Cải cách hành chính",
                "priority", number % 5 == 0 ? "HIGH" : "NORMAL", "deadline", deadline.toString(), "communes", communes);
    }

    synchronized void issued(String directiveId, LocalDate deadline) {
        directives.add(directiveId);
        for (String commune : communes) {
            assignments.put(key(directiveId, commune), new Assignment(directiveId, commune, deadline));
        }
        events.addAndGet(1 + communes.size());
    }

    synchronized int directiveCount() {
        return directives.size();
    }

    /** One of the most recently issued directives (the active window), or null before the first. */
    synchronized String activeDirective() {
        if (directives.isEmpty()) {
            return null;
        }
        int window = Math.min(activeWindow, directives.size());
        return directives.get(directives.size() - 1 - ThreadLocalRandom.current().nextInt(window));
    }

    /** The directive issued last, or null before the first. */
    synchronized String lastDirective() {
        return directives.isEmpty() ? null : directives.get(directives.size() - 1);
    }

    /** Any directive the driver issued. */
    synchronized String anyDirective() {
        return directives.isEmpty() ? null : directives.get(ThreadLocalRandom.current().nextInt(directives.size()));
    }

    Assignment assignment(String directiveId, String commune) {
        return assignments.get(key(directiveId, commune));
    }

    private static String key(String directiveId, String commune) {
        return directiveId + "/" + commune;
    }

    /**
     * One commune's part of a directive as the driver's writes left it. Only the writer that owns the commune and the
     * deciding leader change it, each under its lock.
     */
    public static final class Assignment {
        final String directiveId;
        final String commune;
        LocalDate deadline;
        int reports;
        boolean extensionOpen;
        boolean completionWaiting;
        boolean accepted;
        final Deque<String> openObstacles = new ArrayDeque<>();

        Assignment(String directiveId, String commune, LocalDate deadline) {
            this.directiveId = directiveId;
            this.commune = commune;
            this.deadline = deadline;
        }

        String path() {
            return "/api/directives/" + directiveId + "/communes/" + commune;
        }

        /** The next report's percent: one more than the last, so a view at or past it has caught up. */
        synchronized int nextPercent() {
            return Math.min(99, reports + 1);
        }
    }
}
