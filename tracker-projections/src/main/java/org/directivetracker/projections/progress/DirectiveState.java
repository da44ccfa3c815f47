package org.directivetracker.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.ProgressSummary;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.communes.CommuneDirectory;

/**
 * A directive folded from its events, in memory: stage, percent, deadlines, open obstacles, reports and submissions of
 * every commune. Nothing here is judged against a date; {@link #view(LocalDate, CommuneDirectory, TimelinessRules)} judges timeliness as
 * of the day asked. The directive states read model persists exactly this state, and an auditor's "state as of an
 * instant" folds the stored events through it. Deterministic: the same events give the same state.
 */
public final class DirectiveState {

    final String directiveId;
    String title;
    String description;
    String reference;
    String field;
    Priority priority;
    LocalDate deadline;
    LocalDate originalDeadline;
    DirectiveLifecycle lifecycle = DirectiveLifecycle.ACTIVE;
    Instant issuedAt;
    /** The meeting conclusion that issued the directive; null when issued directly. */
    Origin origin;
    Instant endedAt;
    String endReason;
    long lastSequence = -1;
    final SortedMap<String, CommuneProgress> communes = new TreeMap<>();

    public DirectiveState(String directiveId) {
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
    }

    /**
     * Folds one event in.
     *
     * @param occurredAt the event's timestamp
     * @param sequence   its sequence in the directive's stream
     * @return false, changing nothing, when the sequence was already applied (a redelivery)
     */
    public boolean apply(DirectiveEvent event, Instant occurredAt, long sequence) {
        if (!directiveId.equals(event.directiveId())) {
            throw new IllegalArgumentException("event of directive " + event.directiveId() + " folded into directive " + directiveId);
        }
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        if (event instanceof CommuneEvent communeEvent) {
            applyToCommune(communeEvent, occurredAt, sequence);
        } else if (event instanceof DirectiveIssued issued) {
            title = issued.title();
            description = issued.description();
            reference = issued.reference();
            field = issued.field();
            priority = issued.priority();
            deadline = issued.deadline();
            originalDeadline = issued.deadline();
            issuedAt = occurredAt;
            origin = issued.origin();
        } else if (event instanceof DeadlineChanged changed) {
            deadline = changed.deadline();
            for (String code : changed.communeCodes()) {
                CommuneProgress commune = communes.get(code);
                if (commune != null) {
                    commune.moveDeadline(changed.deadline(), sequence);
                }
            }
        } else if (event instanceof DirectiveWithdrawn withdrawn) {
            lifecycle = DirectiveLifecycle.WITHDRAWN;
            endedAt = occurredAt;
            endReason = withdrawn.reason();
            communes.values().forEach(commune -> commune.withdraw(sequence));
        } else if (event instanceof DirectiveClosed closed) {
            lifecycle = DirectiveLifecycle.CLOSED;
            endedAt = occurredAt;
            endReason = closed.note();
        }
        return true;
    }

    private void applyToCommune(CommuneEvent event, Instant occurredAt, long sequence) {
        if (event instanceof CommuneAssigned assigned) {
            CommuneProgress commune = CommuneProgress.assigned(assigned, occurredAt, sequence);
            communes.put(commune.code, commune);
            return;
        }
        CommuneProgress commune = communes.get(event.communeCode());
        if (commune == null) {
            // the aggregate never emits this; a read model must not stop on it either
            return;
        }
        commune.apply(event, occurredAt, sequence);
    }

    /** The directive as of a day: a row per commune, ordered by code, timeliness judged on that day. */
    public DirectiveProgressView view(LocalDate asOf, CommuneDirectory names, TimelinessRules rules) {
        List<CommuneProgressRow> rows = new ArrayList<>(communes.size());
        for (CommuneProgress commune : communes.values()) {
            rows.add(commune.row(asOf, names, rules));
        }
        return new DirectiveProgressView(directiveId, title, reference, deadline, lifecycle, List.copyOf(rows),
                ProgressSummary.of(rows), description, field, priority, originalDeadline, issuedAt, asOf, lastSequence, origin);
    }

    /** True once a DirectiveIssued was folded in; before that a view has no title. */
    public boolean isIssued() {
        return issuedAt != null;
    }

    public String directiveId() {
        return directiveId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Origin origin() {
        return origin;
    }

    public String reference() {
        return reference;
    }

    public String field() {
        return field;
    }

    public Priority priority() {
        return priority;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate originalDeadline() {
        return originalDeadline;
    }

    public DirectiveLifecycle lifecycle() {
        return lifecycle;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** When it was withdrawn or closed; null while active. */
    public Instant endedAt() {
        return endedAt;
    }

    /** The withdrawal's reason or the closing note. */
    public String endReason() {
        return endReason;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Collection<CommuneProgress> communes() {
        return Collections.unmodifiableCollection(communes.values());
    }

    public CommuneProgress commune(String code) {
        return communes.get(code);
    }
}
