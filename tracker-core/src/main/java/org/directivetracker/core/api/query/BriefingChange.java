package org.directivetracker.core.api.query;

import java.time.Instant;

import org.directivetracker.core.api.status.Timeliness;

/**
 * One change for the briefing. A new directive names no commune; the others name the commune and its timeliness as of
 * the briefing date.
 *
 * @param detail what changed, in a few words (the new deadline, the obstacle's category, the completion's summary)
 */
public record BriefingChange(
        Instant at,
        String directiveId,
        String title,
        String communeCode,
        String communeName,
        Timeliness timeliness,
        String detail) {
}
