package org.directivetracker.projections.briefing;

import java.time.Instant;
import java.util.List;

/** A change as the briefing read model stores it, before it is named and judged for a briefing. */
public record StoredChange(ChangeKind kind, Instant at, String directiveId, long sequence, String communeCode, String detail,
        String detailKind, List<String> detailValues) {
}
