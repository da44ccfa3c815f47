package org.directivetracker.core.api.query;

import java.time.LocalDate;

/** One directive with a row per commune and the roll-up, timeliness judged as of {@code asOf}. Answers a {@link DirectiveProgressView}, or null for an unknown directive. */
public record FindDirectiveProgress(String directiveId, LocalDate asOf) {
}
