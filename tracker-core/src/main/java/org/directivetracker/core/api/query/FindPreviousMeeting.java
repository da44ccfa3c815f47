package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.directivetracker.core.api.value.ProvinceTime;

/**
 * The meeting that started last before an instant: where a briefing's "changes since" begins by default. Answers an
 * optional {@link MeetingView}.
 */
public record FindPreviousMeeting(Instant before) {

    public FindPreviousMeeting {
        Objects.requireNonNull(before, "before");
    }

    /** The meeting before the end of the day in province time, or before now when the day has not ended yet. */
    public static FindPreviousMeeting asOf(LocalDate date, Instant now) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant();
        return new FindPreviousMeeting(endOfDay.isBefore(now) ? endOfDay : now);
    }
}
