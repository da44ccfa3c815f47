package org.directivetracker.api.web;

import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The ranges of query parameters, so that a far date or instant is refused (400) before it reaches a calculation
 * that overflows: dates and instants lie in the years {@value Deadline#FIRST_YEAR}-{@value Deadline#LAST_YEAR}, as
 * deadlines do.
 */
public final class QueryBounds {
    private static final LocalDate FIRST_DAY = LocalDate.of(Deadline.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(Deadline.LAST_YEAR, 12, 31);

    private QueryBounds() {
    }

    /** An optional date parameter within range. */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
            throw new InvalidValueException(field, "must be a date (YYYY-MM-DD) between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return date;
    }

    /** An instant parameter (ISO-8601) within range. */
    public static Instant instant(String field, String text) {
        String expected = "must be an instant (ISO-8601, e.g. 2026-03-01T08:00:00Z) between " + FIRST_DAY + " and " + LAST_DAY;
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, expected);
        }
        if (instant.isBefore(FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC))
            || !instant.isBefore(LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            throw new InvalidValueException(field, expected);
        }
        return instant;
    }

    /** The most rows a limited list may ask for. */
    public static final int MAX_ROWS = 10_000;

    /** An optional limit of rows per list: 1 to {@value #MAX_ROWS}, or null for every row. */
    public static Integer rows(String field, Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_ROWS)) {
            throw new InvalidValueException(field, "must be between 1 and " + MAX_ROWS + " rows per list, or left out for every row");
        }
        return limit;
    }

    /** Two optional dates in order: {@code earlier} not after {@code later}. */
    public static void requireNotAfter(String earlierField, LocalDate earlier, String laterField, LocalDate later) {
        if (earlier != null && later != null && earlier.isAfter(later)) {
            throw new InvalidValueException(earlierField, "must not be after " + laterField + " (" + later + ")");
        }
    }
}
