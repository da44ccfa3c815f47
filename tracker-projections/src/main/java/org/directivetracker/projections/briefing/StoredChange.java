package org.directivetracker.projections.briefing;

import java.time.Instant;

/** A change as the briefing read model stores it, before it is named and judged for a briefing. */
public record StoredChange(ChangeKind kind, Instant at, String directiveId, long sequence, String communeCode, String detail) {
}
