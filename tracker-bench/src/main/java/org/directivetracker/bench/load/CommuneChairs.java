package org.directivetracker.bench.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The communes' side of the load: each writer acts for its share of the 64 chairs ({@code chair-<code>}), one request
 * after another on the directives of the active window: progress reports (three in four), obstacles raised or
 * resolved, extensions asked, completions submitted, never a write the driver knows the directive would refuse. Each
 * acknowledged write is offered to the lag probe and, for a request the province must decide, queued for the leader,
 * who grants extensions and accepts or returns completions once the probe is long done with them.
 */
final class CommuneChairs {
    private static final String[] CATEGORIES = {"EQUIPMENT", "FUNDING", "STAFFING", "LEGAL_DOCUMENTS", "DATA_SYSTEMS", "OTHER"};
    /** The leader decides a request only after the probe has given up on it, so the inbox still shows it while probed. */
    private static final long DECIDE_AFTER_NANOS = LagProbe.GIVE_UP_NANOS + 5_000_000_000L;

    private final TrackerHttp http;
    private final Province province;
    private final LagProbe probe;
    private final String leader;
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

    CommuneChairs(TrackerHttp http, Province province, LagProbe probe, String leader) {
        this.http = http;
        this.province = province;
        this.probe = probe;
        this.leader = leader;
    }

    private record Pending(Province.Assignment assignment, boolean completion, long since) {
    }

    /**
     * The loop of writer {@code index} of {@code writers}: the communes whose position modulo writers is its index, each
     * write going when {@code pacing} says and timed from then.
     */
    Runnable writer(int index, int writers, Running running, Pacing pacing) {
        List<String> communes = province.communes();
        return () -> {
            int turn = index;
            while (running.on()) {
                long due = pacing.awaitNext();
                String commune = communes.get(turn % communes.size());
                turn += writers;
                if (turn >= communes.size()) {
                    turn = index;
                }
                String directive = province.activeDirective();
                Province.Assignment assignment = directive == null ? null : province.assignment(directive, commune);
                if (assignment != null) {
                    synchronized (assignment) {
                        if (!assignment.accepted) {
                            write(assignment, due);
                        }
                    }
                }
            }
        };
    }

    /** One write by the assignment's chair, chosen among those the directive accepts in its state. */
    private void write(Province.Assignment assignment, long due) {
        String chair = "chair-" + assignment.commune;
        String mark = province.uniqueMark();
        double draw = ThreadLocalRandom.current().nextDouble();
        if (draw < 0.10 && !assignment.openObstacles.isEmpty() && ThreadLocalRandom.current().nextBoolean()) {
            String obstacle = assignment.openObstacles.peekFirst();
            if (ok(http.post("write resolve", chair, assignment.path() + "/obstacles/" + obstacle + "/resolve",
                    Map.of("resolution", "Đã khắc phục " + mark), due))) {
                assignment.openObstacles.pollFirst();
            }
        } else if (draw < 0.10) {
            TrackerHttp.Answer answer = http.post("write obstacle", chair, assignment.path() + "/obstacles",
                    Map.of("category", CATEGORIES[ThreadLocalRandom.current().nextInt(CATEGORIES.length)],
                            "description", "Vướng mắc khi triển khai " + mark), due);
            if (ok(answer)) {
                assignment.openObstacles.addLast(answer.json().path("obstacleId").asText());
                probe.offer(new LagProbe.Write(System.nanoTime(), probe.afterObstacle(assignment, chair, mark)));
            }
        } else if (draw < 0.18 && !assignment.extensionOpen) {
            String proposed = assignment.deadline.plusDays(14).toString();
            if (ok(http.post("write extension", chair, assignment.path() + "/extension",
                    Map.of("deadline", proposed, "reason", "Thiếu nhân sự, xin thêm thời gian " + mark), due))) {
                assignment.extensionOpen = true;
                pending.add(new Pending(assignment, false, System.nanoTime()));
                probe.offer(new LagProbe.Write(System.nanoTime(), probe.afterRequest(assignment, chair, mark)));
            }
        } else if (draw >= 0.93 && !assignment.completionWaiting) {
            if (ok(http.post("write completion", chair, assignment.path() + "/completion",
                    Map.of("summary", "Đã hoàn thành, kèm biên bản " + mark), due))) {
                assignment.completionWaiting = true;
                pending.add(new Pending(assignment, true, System.nanoTime()));
                probe.offer(new LagProbe.Write(System.nanoTime(), probe.afterRequest(assignment, chair, mark)));
            }
        } else {
            int percent = assignment.nextPercent();
            if (ok(http.post("write progress", chair, assignment.path() + "/progress",
                    Map.of("percent", percent, "note", "Báo cáo tiến độ " + mark), due))) {
                assignment.reports++;
                probe.offer(new LagProbe.Write(System.nanoTime(), probe.afterProgress(assignment, chair, percent, mark)));
            }
        }
    }

    /** The leader's loop: decides the oldest request once it is old enough, else waits. */
    Runnable decider(Running running) {
        return () -> {
            while (running.on()) {
                Pending next = pending.peek();
                if (next == null || System.nanoTime() - next.since() < DECIDE_AFTER_NANOS) {
                    sleep(200);
                    continue;
                }
                pending.poll();
                decide(next);
            }
        };
    }

    private void decide(Pending request) {
        Province.Assignment assignment = request.assignment();
        synchronized (assignment) {
            if (!request.completion()) {
                if (ok(http.post("write decision", leader, assignment.path() + "/extension/grant",
                        Map.of("note", "Đồng ý gia hạn")))) {
                    assignment.extensionOpen = false;
                    assignment.deadline = assignment.deadline.plusDays(14);
                }
            } else if (ThreadLocalRandom.current().nextBoolean()) {
                if (ok(http.post("write decision", leader, assignment.path() + "/completion/accept", Map.of("note", "Thống nhất")))) {
                    assignment.completionWaiting = false;
                    assignment.accepted = true;
                }
            } else if (ok(http.post("write decision", leader, assignment.path() + "/completion/return",
                    Map.of("reason", "Thiếu biên bản bàn giao")))) {
                assignment.completionWaiting = false;
            }
        }
    }

    private boolean ok(TrackerHttp.Answer answer) {
        if (answer.ok()) {
            province.stored(1);
            return true;
        }
        return false;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
