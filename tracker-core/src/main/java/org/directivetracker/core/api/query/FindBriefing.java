package org.directivetracker.core.api.query;

import java.time.LocalDate;

/**
 * What a leader must raise at a meeting on {@code date}, with what changed from {@code since} (inclusive; default a week
 * before) to that date. Answers a {@link Briefing} with at most {@code rows} rows in each list (its totals count every
 * row; the ranking and the referrals per department are whole), or every row when {@code rows} is null.
 */
public record FindBriefing(LocalDate date, LocalDate since, Integer rows) {

    /** Every row of every list. */
    public FindBriefing(LocalDate date, LocalDate since) {
        this(date, since, null);
    }
}
