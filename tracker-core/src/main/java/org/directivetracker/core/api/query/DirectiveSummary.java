package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.value.Priority;

/** A directive in a list; {@code communes} holds every assignment, or only the asking commune's. */
public record DirectiveSummary(
        String id,
        String title,
        String reference,
        LocalDate deadline,
        DirectiveLifecycle state,
        Priority priority,
        Instant issuedAt,
        ProgressSummary summary,
        List<CommuneProgressRow> communes) {
}
