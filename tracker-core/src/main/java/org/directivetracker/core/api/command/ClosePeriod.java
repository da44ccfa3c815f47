package org.directivetracker.core.api.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.PeriodFigure;

/**
 * PROVINCE closes a reporting period with its figures as replayed to the cut-off; the period records them and their
 * digest, and never changes them afterwards.
 */
public record ClosePeriod(@TargetAggregateIdentifier String periodId, String period, LocalDate from, LocalDate to,
        List<PeriodFigure> figures, Actor actor, String requestId) {

    public ClosePeriod {
        figures = figures == null ? null : List.copyOf(figures);
    }
}
