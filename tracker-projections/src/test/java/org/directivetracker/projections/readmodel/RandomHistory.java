package org.directivetracker.projections.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.EventLog;

/** A random history that keeps the aggregate's rules, so every event is one the store could hold. */
final class RandomHistory {
    /** Codes of obstacle categories, as events carry them. */
    private static final String[] CATEGORIES = {"STAFFING", "EQUIPMENT", "FUNDING", "LEGAL_DOCUMENTS", "DATA_SYSTEMS", "OTHER"};

    private final Random random;
    private final List<String> communeCodes;
    private final EventLog log = new EventLog();
    private final List<Directive> active = new ArrayList<>();
    private Instant clock = LocalDate.of(2026, 1, 5).atTime(8, 0).atZone(ProvinceTime.ZONE).toInstant();
    private int directives;
    private int obstacles;

    private static final class Commune {
        Stage stage = Stage.ASSIGNED;
        LocalDate deadline;
        Instant submittedAt;
        boolean extensionOpen;
        final List<String> openObstacles = new ArrayList<>();
    }

    private static final class Directive {
        String id;
        LocalDate deadline;
        final Map<String, Commune> communes = new HashMap<>();
    }

    RandomHistory(long seed, List<String> communeCodes) {
        this.random = new Random(seed);
        this.communeCodes = communeCodes;
    }

    List<DomainEventMessage<DirectiveEvent>> generate(int events) {
        while (log.messages().size() < events) {
            clock = clock.plusSeconds(60 + random.nextInt(3 * 3600));
            if (active.isEmpty() || random.nextInt(40) == 0) {
                issue();
            } else {
                step(active.get(random.nextInt(active.size())));
            }
        }
        return log.messages();
    }

    private LocalDate today() {
        return ProvinceTime.dateOf(clock);
    }

    private void emit(DirectiveEvent event) {
        log.at(clock, event);
    }

    private void issue() {
        Directive directive = new Directive();
        directive.id = "dir-" + (++directives);
        directive.deadline = today().plusDays(5 + random.nextInt(40));
        // every seventh directive comes from a meeting's conclusion, so that the meetings read model gets its share
        Origin origin = directives % 7 == 0 ? new Origin("meeting-" + directives % 3, "k" + directives) : null;
        emit(new DirectiveIssued(directive.id, "Chỉ thị số " + directives, "nội dung", directives + "/CT-UBND", "general",
                Priority.values()[random.nextInt(3)], directive.deadline, origin));
        int count = 2 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String code = communeCodes.get(random.nextInt(communeCodes.size()));
            if (directive.communes.containsKey(code)) {
                continue;
            }
            Commune commune = new Commune();
            commune.deadline = directive.deadline;
            directive.communes.put(code, commune);
            emit(new CommuneAssigned(directive.id, code, directive.deadline));
        }
        active.add(directive);
    }

    private void step(Directive directive) {
        int roll = random.nextInt(200);
        if (roll == 0) {
            emit(new DirectiveWithdrawn(directive.id, "merged"));
            active.remove(directive);
            return;
        }
        if (roll < 3) {
            List<String> open = directive.communes.entrySet().stream().filter(e -> e.getValue().stage.isOpen()).map(Map.Entry::getKey).sorted().toList();
            LocalDate moved = directive.deadline.plusDays(7);
            emit(new DeadlineChanged(directive.id, directive.deadline, moved, "storm season", open));
            directive.deadline = moved;
            open.forEach(code -> directive.communes.get(code).deadline = moved);
            return;
        }
        if (directive.communes.values().stream().noneMatch(c -> c.stage.isOpen())) {
            emit(new DirectiveClosed(directive.id, "all done", List.of()));
            active.remove(directive);
            return;
        }
        List<String> codes = directive.communes.keySet().stream().sorted().toList();
        String code = codes.get(random.nextInt(codes.size()));
        Commune commune = directive.communes.get(code);
        switch (commune.stage) {
            case ASSIGNED:
                emit(new DirectiveAcknowledged(directive.id, code));
                commune.stage = Stage.IN_PROGRESS;
                break;
            case IN_PROGRESS:
                workOn(directive, code, commune);
                break;
            case AWAITING_ACCEPTANCE:
                if (random.nextInt(4) == 0) {
                    emit(new CompletionReturned(directive.id, code, "incomplete"));
                    commune.stage = Stage.IN_PROGRESS;
                } else {
                    emit(new CompletionAccepted(directive.id, code, commune.submittedAt, commune.deadline, null));
                    commune.stage = Stage.COMPLETED;
                }
                break;
            default:
                break;
        }
    }

    private void workOn(Directive directive, String code, Commune commune) {
        int roll = random.nextInt(10);
        if (commune.extensionOpen) {
            if (random.nextBoolean()) {
                LocalDate extended = commune.deadline.plusDays(10);
                emit(new ExtensionGranted(directive.id, code, commune.deadline, extended, null));
                commune.deadline = extended;
            } else {
                emit(new ExtensionDenied(directive.id, code, "no"));
            }
            commune.extensionOpen = false;
        } else if (roll < 4) {
            emit(new ProgressReported(directive.id, code, random.nextInt(101), "report"));
        } else if (roll == 4) {
            String id = "obs-" + (++obstacles);
            emit(new ObstacleRaised(directive.id, code, id, CATEGORIES[random.nextInt(CATEGORIES.length)], "problem " + id));
            commune.openObstacles.add(id);
        } else if (roll == 5 && !commune.openObstacles.isEmpty()) {
            emit(new ObstacleResolved(directive.id, code, commune.openObstacles.remove(0), "fixed"));
        } else if (roll == 6) {
            emit(new ExtensionRequested(directive.id, code, commune.deadline, commune.deadline.plusDays(10), "rain"));
            commune.extensionOpen = true;
        } else if (roll >= 7) {
            emit(new CompletionSubmitted(directive.id, code, "done"));
            commune.stage = Stage.AWAITING_ACCEPTANCE;
            commune.submittedAt = clock;
        }
    }
}
