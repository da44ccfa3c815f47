package org.directivetracker.api.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.directivetracker.core.api.status.WorkingCalendar;
import org.directivetracker.core.api.value.ProvinceTime;

/** When a phone may ring: between two hours of the province's day, and (if so configured) on working days only. */
public class QuietHours {

    private final LocalTime from;
    private final LocalTime until;
    private final boolean workingDaysOnly;
    private final WorkingCalendar calendar;

    public QuietHours(ReminderProperties.QuietHours settings, WorkingCalendar calendar) {
        if (!settings.from().isBefore(settings.until())) {
            throw new IllegalArgumentException("tracker.reminders.quiet-hours: 'from' must come before 'until' in the day");
        }
        this.from = settings.from();
        this.until = settings.until();
        this.workingDaysOnly = settings.workingDaysOnly();
        this.calendar = calendar;
    }

    /** The first moment at or after {@code wanted} outside the quiet hours. */
    public Instant nextAllowed(Instant wanted) {
        LocalDateTime local = LocalDateTime.ofInstant(wanted, ProvinceTime.ZONE);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (allowedDay(day) && !time.isBefore(from) && time.isBefore(until)) {
            return wanted;
        }
        if (!allowedDay(day) || !time.isBefore(from)) {
            day = day.plusDays(1);
            while (!allowedDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day.atTime(from).atZone(ProvinceTime.ZONE).toInstant();
    }

    private boolean allowedDay(LocalDate day) {
        return !workingDaysOnly || calendar.isWorkingDay(day);
    }
}
