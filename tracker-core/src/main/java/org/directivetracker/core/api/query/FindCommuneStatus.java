package org.directivetracker.core.api.query;

import java.time.LocalDate;

/** One commune's assignments and its counts per timeliness as of {@code asOf}. Answers a {@link CommuneStatusView}, or null for a code not in the registry. */
public record FindCommuneStatus(String communeCode, LocalDate asOf) {
}
