package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/**
 * One commune's assignment on one directive, as of a date.
 *
 * @param deadline          the commune's current deadline
 * @param originalDeadline  the deadline it was first given (differs when an extension or deadline change moved it)
 * @param timeliness        judged as of the asked date; null when the directive was withdrawn before completion
 * @param openObstacles     how many of its obstacles are open; blocked when above zero
 * @param lastReportAt      when it last reported progress or submitted completion; null if never
 * @param submittedOn       the day of the pending or accepted completion submission; null if none
 * @param requestedDeadline the date asked for in an open extension request; null if none is open
 */
public record CommuneProgressRow(
        String code,
        String name,
        Stage stage,
        Timeliness timeliness,
        int percent,
        LocalDate deadline,
        LocalDate originalDeadline,
        boolean blocked,
        int openObstacles,
        Instant lastReportAt,
        Instant acknowledgedAt,
        LocalDate submittedOn,
        LocalDate requestedDeadline) {
}
