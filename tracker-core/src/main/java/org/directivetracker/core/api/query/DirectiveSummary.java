package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;

/**
 * A directive in a list; {@code communes} holds every assignment, or only the asking commune's. {@code origin} names
 * the meeting conclusion that issued it, null for a directive issued directly.
 */
public record DirectiveSummary(
        String id,
        String title,
        String reference,
        LocalDate deadline,
        DirectiveLifecycle state,
        Priority priority,
        Instant issuedAt,
        ProgressSummary summary,
        List<CommuneProgressRow> communes,
        Origin origin) {

    /** A directive issued directly, not from a meeting. */
    public DirectiveSummary(String id, String title, String reference, LocalDate deadline, DirectiveLifecycle state,
                            Priority priority, Instant issuedAt, ProgressSummary summary, List<CommuneProgressRow> communes) {
        this(id, title, reference, deadline, state, priority, issuedAt, summary, communes, null);
    }
}
