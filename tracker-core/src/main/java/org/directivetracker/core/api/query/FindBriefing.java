package org.directivetracker.core.api.query;

import java.time.LocalDate;

/** What a leader must raise at a meeting on {@code date}, with what changed from {@code since} (inclusive; default a week before) to that date. Answers a {@link Briefing}. */
public record FindBriefing(LocalDate date, LocalDate since) {
}
