package org.directivetracker.core.api.value;

import java.time.LocalDate;

/**
 * A deadline: a calendar day in the province's time zone; the whole day counts. Its year lies within
 * {@value #FIRST_YEAR}-{@value #LAST_YEAR}: anything else is a typing or encoding slip, never a real deadline.
 */
public record Deadline(LocalDate date) {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public Deadline {
        if (date == null) {
            throw new InvalidValueException("deadline", "must be a date (YYYY-MM-DD)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidValueException("deadline", "must be a date (YYYY-MM-DD) between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
