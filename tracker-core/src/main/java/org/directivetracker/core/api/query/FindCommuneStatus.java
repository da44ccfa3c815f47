package org.directivetracker.core.api.query;

import java.time.LocalDate;

/**
 * One commune's assignments and its counts per timeliness as of {@code asOf}: every assignment, or with a
 * {@code limit} the most urgent ones, or with a {@code directiveId} only that directive's (none when it does not
 * assign the commune); the counts and total still of all. Answers a {@link CommuneStatusView}, or null for a code not
 * in the registry.
 */
public record FindCommuneStatus(String communeCode, LocalDate asOf, Integer limit, String directiveId) {

    /** Every assignment of the commune. */
    public FindCommuneStatus(String communeCode, LocalDate asOf) {
        this(communeCode, asOf, null, null);
    }

    /** The commune's {@code limit} most urgent assignments, or every one when it is null. */
    public FindCommuneStatus(String communeCode, LocalDate asOf, Integer limit) {
        this(communeCode, asOf, limit, null);
    }
}
