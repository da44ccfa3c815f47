package org.directivetracker.core.api.query;

import java.time.Instant;
import java.util.List;

import org.directivetracker.core.api.status.Timeliness;

/**
 * One change for the briefing. A new directive names no commune; the others name the commune and its timeliness as of
 * the briefing date.
 *
 * @param detail       the users' own words that go with the change (a reason, an obstacle's description, a
 *                     resolution), or null
 * @param detailKind   what changed, in no language (e.g. {@code EXTENSION_GRANTED}); null in changes recorded before it
 *                     existed, whose {@code detail} then says it all
 * @param detailValues the values that go with it (dates as YYYY-MM-DD, an obstacle's category), to be put into the
 *                     reader's words
 */
public record BriefingChange(
        Instant at,
        String directiveId,
        String title,
        String communeCode,
        String communeName,
        Timeliness timeliness,
        String detail,
        String detailKind,
        List<String> detailValues) {
}
