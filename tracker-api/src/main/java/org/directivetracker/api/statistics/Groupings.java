package org.directivetracker.api.statistics;

import java.util.List;
import java.util.Locale;

import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.value.StatisticsGrouping;

/** {@code by=commune|department|field|priority}, in any case; commune when left out. */
final class Groupings {

    private Groupings() {
    }

    static StatisticsGrouping parse(String by) {
        if (by == null || by.isBlank()) {
            return StatisticsGrouping.COMMUNE;
        }
        try {
            return StatisticsGrouping.valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("by", "must be one of commune, department, field, priority")));
        }
    }
}
