package org.directivetracker.core.api.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A monthly reporting period, named by its month ({@code 2026-11}), ending on the cut-off day of that month and
 * starting the day after the previous month's cut-off: with cut-off day 14, {@code 2026-11} runs from 15/10/2026 to
 * 14/11/2026. A cut-off day past a month's end is that month's last day, so 31 gives calendar months.
 */
public record ReportingPeriod(YearMonth month, LocalDate from, LocalDate to) {

    public ReportingPeriod {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static ReportingPeriod of(YearMonth month, int cutOffDay) {
        if (cutOffDay < 1 || cutOffDay > 31) {
            throw new IllegalArgumentException("the cut-off day is a day of the month, 1 to 31: " + cutOffDay);
        }
        return new ReportingPeriod(month, cutOff(month.minusMonths(1), cutOffDay).plusDays(1), cutOff(month, cutOffDay));
    }

    /** The period named {@code YYYY-MM}; an {@link InvalidValueException} on field {@code period} otherwise. */
    public static ReportingPeriod parse(String month, int cutOffDay) {
        try {
            return of(YearMonth.parse(month), cutOffDay);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException("period", "must be a month (YYYY-MM)");
        }
    }

    /** The period that contains the day. */
    public static ReportingPeriod containing(LocalDate day, int cutOffDay) {
        ReportingPeriod period = of(YearMonth.from(day), cutOffDay);
        return day.isAfter(period.to()) ? of(period.month().plusMonths(1), cutOffDay) : period;
    }

    /** The id of the period's own event stream. */
    public String streamId() {
        return "period-" + month;
    }

    public String name() {
        return month.toString();
    }

    private static LocalDate cutOff(YearMonth month, int cutOffDay) {
        return month.atDay(Math.min(cutOffDay, month.lengthOfMonth()));
    }
}
