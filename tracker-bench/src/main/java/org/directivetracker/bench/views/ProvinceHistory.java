package org.directivetracker.bench.views;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;

/**
 * A province's directives over the last five months, as the events the aggregate would have stored: a fifth of the
 * directives go to every commune, the others to 1-10; each commune acknowledges, reports, sometimes raises obstacles
 * or asks for more time, and many complete. Deterministic for a seed.
 */
final class ProvinceHistory {

    /** Where open obstacles are referred (a few departments, so that some carry many overdue answers). */
    static final String[] DEPARTMENTS = {"SXD", "STC", "SNV", "SKHCN", "SNNMT"};
    private static final String[] CATEGORIES = {"STAFFING", "EQUIPMENT", "FUNDING", "LEGAL_DOCUMENTS", "DATA_SYSTEMS", "OTHER",
            "POLICY_MECHANISM", "HANDOVER_RECORDS", "STAFF_TRAINING"};

    private final Random random;
    /** Referrals draw on their own, so that the rest of the history is the one earlier runs measured. */
    private final Random referrals;
    private int obstacles;
    private int referred;
    private int answered;
    private int escalated;
    private final List<String> communes;
    private final Instant now;
    private final List<OpenAssignment> open = new ArrayList<>();

    /** A commune that has not submitted its completion: it may still report. */
    record OpenAssignment(String directiveId, String communeCode) {
    }

    ProvinceHistory(long seed, List<String> communes, Instant now) {
        this.random = new Random(seed);
        this.referrals = new Random(seed + 1);
        this.communes = communes;
        this.now = now;
    }

    /** One directive's events, in stream order, with metadata naming the actor as the server would. */
    List<GenericDomainEventMessage<DirectiveEvent>> directive(int number) {
        String id = "bench-" + number;
        Instant issuedAt = now.minus(Duration.ofHours(random.nextInt(150 * 24) + 48));
        LocalDate deadline = ProvinceTime.dateOf(issuedAt).plusDays(15 + random.nextInt(46));
        List<Timed> events = new ArrayList<>();
        events.add(new Timed(issuedAt, new DirectiveIssued(id, "Chỉ thị số " + number + "/CT-UBND về chuyển đổi số",
                "Triển khai nhiệm vụ " + number, number + "/CT-UBND", "Chuyển đổi số",
                random.nextInt(5) == 0 ? Priority.HIGH : Priority.NORMAL, deadline), "leader", null));
        for (String code : assigned()) {
            events.add(new Timed(issuedAt.plusMillis(1), new CommuneAssigned(id, code, deadline), "leader", null));
            int before = events.size();
            communeHistory(id, code, issuedAt, deadline, events);
            if (events.subList(before, events.size()).stream().noneMatch(event -> event.payload() instanceof CompletionSubmitted)) {
                open.add(new OpenAssignment(id, code));
            }
        }
        events.sort(Comparator.comparing(Timed::at));
        List<GenericDomainEventMessage<DirectiveEvent>> messages = new ArrayList<>(events.size());
        for (Timed event : events) {
            messages.add(message(messages.size(), event));
        }
        return messages;
    }

    /** A progress report of an open assignment, as the service would store it. */
    static GenericDomainEventMessage<DirectiveEvent> report(OpenAssignment assignment, long sequence, int percent, Instant at) {
        String code = assignment.communeCode();
        return message(sequence, new Timed(at, new ProgressReported(assignment.directiveId(), code, percent,
                "Đã thực hiện " + percent + "% khối lượng"), "chair-" + code, code));
    }

    /** The event with metadata naming the actor as the server would: a commune's chair, or the province. */
    private static GenericDomainEventMessage<DirectiveEvent> message(long sequence, Timed event) {
        Map<String, Object> metadata = event.commune() == null
                ? Map.of(MetadataKeys.ACCOUNT, event.account(), MetadataKeys.ROLE,
                        event.account().startsWith("dept-") ? "DEPARTMENT" : "PROVINCE")
                : Map.of(MetadataKeys.ACCOUNT, event.account(), MetadataKeys.ROLE, "COMMUNE", MetadataKeys.COMMUNE, event.commune());
        return new GenericDomainEventMessage<>("Directive", event.payload().directiveId(), sequence, event.payload(), metadata,
                UUID.randomUUID().toString(), event.at());
    }

    /** The assignments of the directives made so far whose commune has not submitted its completion. */
    List<OpenAssignment> openAssignments() {
        return List.copyOf(open);
    }

    private List<String> assigned() {
        if (random.nextInt(5) == 0) {
            return communes;
        }
        List<String> shuffled = new ArrayList<>(communes);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 1 + random.nextInt(10));
    }

    private void communeHistory(String id, String code, Instant issuedAt, LocalDate deadline, List<Timed> events) {
        String chair = "chair-" + code;
        Instant at = issuedAt.plus(Duration.ofHours(2 + random.nextInt(48)));
        if (random.nextInt(100) >= 85 || at.isAfter(now)) {
            return; // not even acknowledged yet
        }
        events.add(new Timed(at, new DirectiveAcknowledged(id, code), chair, code));
        int percent = 0;
        int reports = random.nextInt(5);
        for (int i = 0; i < reports; i++) {
            at = at.plus(Duration.ofHours(24 + random.nextInt(24 * 10)));
            if (at.isAfter(now)) {
                return;
            }
            percent = Math.min(100, percent + 10 + random.nextInt(40));
            events.add(new Timed(at, new ProgressReported(id, code, percent, "Đã thực hiện " + percent + "% khối lượng"), chair, code));
            if (random.nextInt(100) < 8) {
                String obstacle = UUID.randomUUID().toString();
                at = at.plusSeconds(60);
                events.add(new Timed(at, new ObstacleRaised(id, code, obstacle, CATEGORIES[random.nextInt(CATEGORIES.length)],
                        "Thiếu thiết bị, nhân sự để thực hiện"), chair, code));
                obstacles++;
                Instant resolved = at.plus(Duration.ofHours(24 + random.nextInt(24 * 14)));
                if (random.nextInt(100) < 60 && resolved.isBefore(now)) {
                    events.add(new Timed(resolved, new ObstacleResolved(id, code, obstacle, "Tỉnh đã hỗ trợ"), "leader", null));
                } else {
                    referral(id, code, obstacle, at, events);
                }
            }
        }
        if (random.nextInt(100) < 10) {
            at = at.plusSeconds(120);
            LocalDate proposed = deadline.plusDays(10 + random.nextInt(20));
            events.add(new Timed(at, new ExtensionRequested(id, code, deadline, proposed, "Thiếu nhân sự"), chair, code));
            Instant answer = at.plus(Duration.ofHours(24));
            if (answer.isAfter(now)) {
                return;
            }
            if (random.nextBoolean()) {
                events.add(new Timed(answer, new ExtensionGranted(id, code, deadline, proposed, "Đồng ý"), "leader", null));
            } else {
                events.add(new Timed(answer, new ExtensionDenied(id, code, "Không có căn cứ"), "leader", null));
            }
            at = answer;
        }
        if (percent == 100) {
            Instant submitted = at.plus(Duration.ofHours(4));
            Instant accepted = submitted.plus(Duration.ofHours(24 + random.nextInt(72)));
            if (submitted.isAfter(now)) {
                return;
            }
            events.add(new Timed(submitted, new CompletionSubmitted(id, code, "Đã hoàn thành nhiệm vụ"), chair, code));
            if (accepted.isBefore(now) && random.nextInt(100) < 80) {
                events.add(new Timed(accepted, new CompletionAccepted(id, code, submitted, deadline, "Đạt yêu cầu"), "leader", null));
            }
        }
    }

    /**
     * Three in four open obstacles go to a department with an answer-by date a week or two later; a little more than
     * half are answered, a third of the answers escalated; the rest wait, many past their date.
     */
    private void referral(String id, String code, String obstacle, Instant raisedAt, List<Timed> events) {
        Instant referredAt = raisedAt.plus(Duration.ofHours(4 + referrals.nextInt(72)));
        if (referrals.nextInt(100) >= 75 || referredAt.isAfter(now)) {
            return;
        }
        String department = DEPARTMENTS[referrals.nextInt(DEPARTMENTS.length)];
        LocalDate answerBy = ProvinceTime.dateOf(referredAt).plusDays(7 + referrals.nextInt(8));
        events.add(new Timed(referredAt, new ObstacleReferred(id, code, obstacle, department, answerBy,
                "Đề nghị Sở hướng dẫn xã tháo gỡ", null), "leader", null));
        referred++;
        Instant answeredAt = referredAt.plus(Duration.ofHours(24 + referrals.nextInt(24 * 14)));
        if (referrals.nextInt(100) >= 55 || answeredAt.isAfter(now)) {
            return;
        }
        events.add(new Timed(answeredAt, new ObstacleAnswered(id, code, obstacle, department, "Sở đã có văn bản hướng dẫn"),
                "dept-" + department, null));
        answered++;
        Instant escalatedAt = answeredAt.plus(Duration.ofHours(24 + referrals.nextInt(48)));
        if (referrals.nextInt(100) < 33 && escalatedAt.isBefore(now)) {
            events.add(new Timed(escalatedAt, new ObstacleEscalated(id, code, obstacle, department,
                    "Hướng dẫn chưa tháo gỡ được"), "chair-" + code, code));
            escalated++;
        }
    }

    /** How many obstacles the history raised and how many went to departments, were answered and escalated. */
    String obstacleSummary() {
        return obstacles + " obstacles, " + referred + " referred to departments, " + answered + " answered, "
                + escalated + " escalated";
    }

    private record Timed(Instant at, DirectiveEvent payload, String account, String commune) {
    }
}
