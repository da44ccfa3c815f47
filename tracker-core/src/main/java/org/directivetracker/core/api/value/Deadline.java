package org.directivetracker.core.api.value;

import java.time.LocalDate;

/** A deadline: a calendar day in the province's time zone; the whole day counts. */
public record Deadline(LocalDate date) {

    public Deadline {
        if (date == null) {
            throw new InvalidValueException("deadline", "must be a date (YYYY-MM-DD)");
        }
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
