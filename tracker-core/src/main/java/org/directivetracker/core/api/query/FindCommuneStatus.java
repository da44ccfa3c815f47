package org.directivetracker.core.api.query;

import java.time.LocalDate;

/**
 * One commune's assignments and its counts per timeliness as of {@code asOf}: every assignment, or with a
 * {@code limit} the most urgent ones (the counts and total still of all). Answers a {@link CommuneStatusView}, or null
 * for a code not in the registry.
 */
public record FindCommuneStatus(String communeCode, LocalDate asOf, Integer limit) {

    /** Every assignment of the commune. */
    public FindCommuneStatus(String communeCode, LocalDate asOf) {
        this(communeCode, asOf, null);
    }
}
