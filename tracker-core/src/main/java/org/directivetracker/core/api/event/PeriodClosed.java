package org.directivetracker.core.api.event;

import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.value.PeriodFigure;

/**
 * A reporting period was closed: its figures from {@code from} to {@code to} as replayed to the cut-off, frozen, with
 * the SHA-256 of their canonical form ({@link PeriodFigure#digestOf}). In the period's own stream, not a directive's.
 */
public record PeriodClosed(String periodId, String period, LocalDate from, LocalDate to, List<PeriodFigure> figures,
        String digest) {

    public PeriodClosed {
        figures = List.copyOf(figures);
    }
}
