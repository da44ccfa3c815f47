package org.directivetracker.core.api.query;

import java.time.LocalDate;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/**
 * One commune's assignment the meeting should raise.
 *
 * @param daysPastDeadline days from the deadline to the briefing date: positive when overdue, zero or negative (days left) when due soon
 */
public record BriefingItem(
        String directiveId,
        String title,
        String communeCode,
        String communeName,
        Timeliness timeliness,
        Stage stage,
        LocalDate deadline,
        long daysPastDeadline,
        int percent,
        boolean blocked) {
}
