package org.directivetracker.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether writes the service acknowledged are still there after a kill and a restart: each one in its directive's
 * history (every page of it, as the auditor reads it) and in the views that must show it (the assignment's thread,
 * the obstacle register, the directive's progress), the views given time to catch up after the start.
 */
final class AcknowledgedWrites {
    private static final long VIEWS_WITHIN_NANOS = TimeUnit.MINUTES.toNanos(3);

    /** A write and what marks it: progress and obstacles by a unique text, directives by their id. */
    record Write(Kind kind, String directiveId, String commune, String mark, String obstacleId) {
    }

    enum Kind { DIRECTIVE, PROGRESS, OBSTACLE }

    /** How many of the writes the history holds, how many every view shows, and after how long the views did. */
    record Found(int inHistory, int inViews, double viewsSeconds, List<Write> missingFromHistory) {
    }

    private final TrackerHttp http;
    private final String leader;
    private final String auditor;

    AcknowledgedWrites(TrackerHttp http, String leader, String auditor) {
        this.http = http;
        this.leader = leader;
        this.auditor = auditor;
    }

    Found check(List<Write> writes) {
        List<Write> missing = missingFromHistory(writes);
        long started = System.nanoTime();
        List<Write> notShown = new ArrayList<>(writes);
        while (!notShown.isEmpty() && System.nanoTime() - started < VIEWS_WITHIN_NANOS) {
            notShown.removeIf(this::shownInViews);
            if (!notShown.isEmpty()) {
                CommuneChairs.sleep(1000);
            }
        }
        return new Found(writes.size() - missing.size(), writes.size() - notShown.size(),
                (System.nanoTime() - started) / 1e9, missing);
    }

    /** The writes their directives' histories do not hold. */
    List<Write> missingFromHistory(List<Write> writes) {
        Set<String> directives = new LinkedHashSet<>();
        writes.forEach(write -> directives.add(write.directiveId()));
        StringBuilder histories = new StringBuilder();
        for (String directive : directives) {
            histories.append(history(directive));
        }
        String stored = histories.toString();
        List<Write> missing = new ArrayList<>();
        for (Write write : writes) {
            if (!stored.contains(markInHistory(write))) {
                missing.add(write);
            }
        }
        return missing;
    }

    /** Every page of the directive's history, raw; empty when the service does not know the directive. */
    private String history(String directive) {
        StringBuilder pages = new StringBuilder();
        long from = 0;
        while (true) {
            TrackerHttp.Answer page = http.get(null, auditor, "/api/directives/" + directive + "/history?from=" + from + "&limit=1000");
            if (!page.ok()) {
                return pages.toString();
            }
            pages.append(page.body());
            var events = page.json().path("events");
            if (!page.json().hasNonNull("next") || events.isEmpty()) {
                return pages.toString();
            }
            from = events.get(events.size() - 1).path("sequence").asLong() + 1;
        }
    }

    private static String markInHistory(Write write) {
        return write.kind() == Kind.DIRECTIVE ? "\"DirectiveIssued\"" : write.mark();
    }

    private boolean shownInViews(Write write) {
        String assignment = "/api/directives/" + write.directiveId() + "/communes/" + write.commune();
        return switch (write.kind()) {
            case DIRECTIVE -> http.get(null, leader, "/api/directives/" + write.directiveId()).ok();
            case PROGRESS -> shows("chair-" + write.commune(), assignment + "/thread", write.mark());
            case OBSTACLE -> shows("chair-" + write.commune(), assignment + "/thread", write.mark())
                             && shows(leader, "/api/obstacles?open=true&commune=" + write.commune(), write.obstacleId());
        };
    }

    private boolean shows(String account, String path, String text) {
        TrackerHttp.Answer answer = http.get(null, account, path);
        return answer.ok() && answer.body().contains(text);
    }
}
