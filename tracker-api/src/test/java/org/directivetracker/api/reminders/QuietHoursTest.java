package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import org.directivetracker.core.api.status.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** SMS and Zalo wait for the morning of a working day. */
class QuietHoursTest {

    final QuietHours quietHours = new QuietHours(
            new ReminderProperties.QuietHours(LocalTime.of(7, 0), LocalTime.of(20, 0), true), WorkingCalendar.vietnam());

    @Test
    void canSendDuringTheWorkingDay() {
        Instant mondayNine = Instant.parse("2026-12-07T02:00:00Z");
        assertThat(quietHours.nextAllowed(mondayNine)).isEqualTo(mondayNine);
    }

    @Test
    void cannotSendAtNightSoItWaitsForSevenTheNextMorning() {
        // 21:30 on Monday 7/12 in Ca Mau -> 07:00 on Tuesday 8/12
        assertThat(quietHours.nextAllowed(Instant.parse("2026-12-07T14:30:00Z"))).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void cannotSendOnADayOffSoItWaitsForTheNextWorkingDay() {
        // 06:00 on Saturday 2/1/2027 -> 07:00 on Monday 4/1/2027
        assertThat(quietHours.nextAllowed(Instant.parse("2027-01-01T23:00:00Z"))).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
        // New Year's Day 1/1/2027 (a Friday) at 10:00 -> Monday 4/1
        assertThat(quietHours.nextAllowed(Instant.parse("2027-01-01T03:00:00Z"))).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
    }

    @Test
    void canSendEarlyInTheMorningOnlyFromSeven() {
        // 06:00 on Tuesday 8/12 -> 07:00 the same day
        assertThat(quietHours.nextAllowed(Instant.parse("2026-12-07T23:00:00Z"))).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }
}
