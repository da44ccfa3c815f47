package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;

/**
 * A directive's progress as of a date: a row per assigned commune (ordered by code) and the roll-up.
 *
 * @param deadline     the directive's current deadline
 * @param lastSequence the sequence of the last event folded in
 * @param origin       the meeting conclusion that issued it; null for a directive issued directly
 */
public record DirectiveProgressView(
        String id,
        String title,
        String reference,
        LocalDate deadline,
        DirectiveLifecycle state,
        List<CommuneProgressRow> communes,
        ProgressSummary summary,
        String description,
        String field,
        Priority priority,
        LocalDate originalDeadline,
        Instant issuedAt,
        LocalDate asOf,
        long lastSequence,
        Origin origin) {

    /** A directive issued directly, not from a meeting. */
    public DirectiveProgressView(String id, String title, String reference, LocalDate deadline, DirectiveLifecycle state,
                                 List<CommuneProgressRow> communes, ProgressSummary summary, String description,
                                 String field, Priority priority, LocalDate originalDeadline, Instant issuedAt,
                                 LocalDate asOf, long lastSequence) {
        this(id, title, reference, deadline, state, communes, summary, description, field, priority, originalDeadline,
                issuedAt, asOf, lastSequence, null);
    }

    /** The same view with one commune's row alone and the roll-up of that row: what a commune account may read. */
    public DirectiveProgressView narrowedTo(String communeCode) {
        List<CommuneProgressRow> own = communes.stream().filter(row -> row.code().equals(communeCode)).toList();
        return new DirectiveProgressView(id, title, reference, deadline, state, own, ProgressSummary.of(own), description,
                field, priority, originalDeadline, issuedAt, asOf, lastSequence, origin);
    }
}
