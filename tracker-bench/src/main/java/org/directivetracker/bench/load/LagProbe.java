package org.directivetracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The lag until a write shows in each view: takes the latest acknowledged write, reads every view that must show it
 * right away and again until it does, and records the time from the write's answer to the first read that showed it
 * (as {@code lag <view>}; one that never showed within the limit is recorded unanswered). One write at a time, so the
 * probe's own reads stay a small part of the load.
 */
final class LagProbe implements Runnable {
    static final long GIVE_UP_NANOS = 30_000_000_000L;

    private final TrackerHttp http;
    private final LatencyLog log;
    private final String leader;
    private final AtomicReference<Write> latest = new AtomicReference<>();
    private volatile boolean running = true;

    LagProbe(TrackerHttp http, LatencyLog log, String leader) {
        this.http = http;
        this.log = log;
        this.leader = leader;
    }

    /** A view to read and what in its answer shows the write. */
    record View(String name, String account, String path, Predicate<String> shows) {
    }

    /** An acknowledged write: when its answer came ({@link System#nanoTime()}) and the views that must show it. */
    record Write(long answeredAt, List<View> views) {
    }

    /** Offered by the writers after every acknowledged write; the probe takes the latest when it is free. */
    void offer(Write write) {
        latest.set(write);
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            Write write = latest.getAndSet(null);
            if (write == null) {
                pause(20);
                continue;
            }
            follow(write);
        }
    }

    private void follow(Write write) {
        List<View> waiting = new ArrayList<>(write.views());
        while (!waiting.isEmpty() && running) {
            for (var views = waiting.iterator(); views.hasNext(); ) {
                View view = views.next();
                TrackerHttp.Answer answer = http.get(null, view.account(), view.path());
                long now = System.nanoTime();
                if (answer.ok() && view.shows().test(answer.body())) {
                    log.record("lag " + view.name(), (now - write.answeredAt()) / 1e6, 200);
                    views.remove();
                } else if (now - write.answeredAt() > GIVE_UP_NANOS) {
                    log.record("lag " + view.name(), (now - write.answeredAt()) / 1e6, 0);
                    views.remove();
                }
            }
            if (!waiting.isEmpty()) {
                pause(10);
            }
        }
    }

    // ---- the views each kind of write must show in

    /** A progress report: the commune's status and the directive's progress at its percent or past, the thread with its note. */
    List<View> afterProgress(Province.Assignment assignment, String chair, int percent, String mark) {
        return List.of(
                // the commune's status cut to the directive's row, from the same view: the whole of a commune's 15,000
                // assignments at 1,000,000 events is 4.7 MB, which the probe would read and parse every 10 ms
                new View("status", chair, "/api/communes/" + assignment.commune + "/status?directive=" + assignment.directiveId,
                        body -> percentIn(body, "assignments", "directiveId", assignment.directiveId) >= percent),
                new View("progress", leader, "/api/directives/" + assignment.directiveId,
                        body -> percentIn(body, "communes", "code", assignment.commune) >= percent),
                new View("thread", chair, assignment.path() + "/thread", body -> body.contains(mark)));
    }

    /** An obstacle: the register, the province's inbox and the thread. */
    List<View> afterObstacle(Province.Assignment assignment, String chair, String mark) {
        return List.of(
                new View("obstacles", leader, "/api/obstacles?open=true&commune=" + assignment.commune, body -> body.contains(mark)),
                inboxOf(assignment, mark),
                new View("thread", chair, assignment.path() + "/thread", body -> body.contains(mark)));
    }

    /** An extension request or a submitted completion: the province's inbox and the thread. */
    List<View> afterRequest(Province.Assignment assignment, String chair, String mark) {
        return List.of(
                inboxOf(assignment, mark),
                new View("thread", chair, assignment.path() + "/thread", body -> body.contains(mark)));
    }

    /**
     * The province's inbox cut to the directive's items, from the same version of the threads: the newest item is
     * last in the whole inbox, thousands of items long on a store kept over several runs.
     */
    private View inboxOf(Province.Assignment assignment, String mark) {
        return new View("inbox", leader, "/api/inbox?directive=" + assignment.directiveId, body -> body.contains(mark));
    }

    /** The percent of the row whose {@code key} is {@code value} in the answer's list {@code rows}; -1 when absent. */
    static int percentIn(String body, String rows, String key, String value) {
        try {
            JsonNode list = TrackerHttp.JSON.readTree(body).path(rows);
            for (JsonNode row : list) {
                if (value.equals(row.path(key).asText())) {
                    return row.path("percent").asInt(-1);
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
