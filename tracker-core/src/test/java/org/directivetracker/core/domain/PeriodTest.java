package org.directivetracker.core.domain;

import static org.directivetracker.core.domain.DirectiveTestData.AUDITOR;
import static org.directivetracker.core.domain.DirectiveTestData.LEADER;
import static org.directivetracker.core.domain.DirectiveTestData.NOW;
import static org.directivetracker.core.domain.DirectiveTestData.withRequestId;

import java.time.YearMonth;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.ClosePeriod;
import org.directivetracker.core.api.event.PeriodClosed;
import org.directivetracker.core.api.value.PeriodFigure;
import org.directivetracker.core.api.value.ReportingPeriod;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.core.api.value.TaskCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reporting period closes once, after its cut-off, with its figures and their digest frozen in the event. */
class PeriodTest {

    /** Cut-off on the 14th: April 2026 runs 15/03 to 14/04, May 2026 until 14/05, after today (04/05/2026). */
    private static final ReportingPeriod APRIL = ReportingPeriod.of(YearMonth.of(2026, 4), 14);
    private static final ReportingPeriod MAY = ReportingPeriod.of(YearMonth.of(2026, 5), 14);
    private static final List<PeriodFigure> FIGURES = List.of(
            new PeriodFigure(StatisticsGrouping.COMMUNE, "31951", new TaskCounts(2, 1, 1, 0)),
            new PeriodFigure(StatisticsGrouping.PRIORITY, "HIGH", new TaskCounts(2, 1, 1, 0)));

    private AggregateTestFixture<Period> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Period.class);
        fixture.givenCurrentTime(NOW);
    }

    private static ClosePeriod close(ReportingPeriod period, Actor actor, String requestId) {
        return new ClosePeriod(period.streamId(), period.name(), period.from(), period.to(), FIGURES, actor, requestId);
    }

    private static PeriodClosed closed(ReportingPeriod period) {
        return new PeriodClosed(period.streamId(), period.name(), period.from(), period.to(), FIGURES,
                PeriodFigure.digestOf(FIGURES));
    }

    @Test
    void canCloseAPeriodAfterItsCutOffWithTheFiguresAndTheirDigest() {
        fixture.givenNoPriorActivity()
                .when(close(APRIL, LEADER, "close-april"))
                .expectEvents(closed(APRIL))
                .expectResultMessagePayload(PeriodFigure.digestOf(FIGURES));
    }

    @Test
    void cannotCloseAPeriodBeforeItsCutOffHasPassed() {
        fixture.givenNoPriorActivity()
                .when(close(MAY, LEADER, "close-may"))
                .expectNoEvents()
                .expectException(PeriodNotEndedException.class);
    }

    @Test
    void cannotCloseAPeriodTwice() {
        fixture.given(withRequestId(closed(APRIL), "close-april"))
                .when(close(APRIL, LEADER, "close-april-again"))
                .expectNoEvents()
                .expectException(PeriodAlreadyClosedException.class);
    }

    @Test
    void canRetryTheRequestThatClosedThePeriodWithoutASecondEvent() {
        fixture.given(withRequestId(closed(APRIL), "close-april"))
                .when(close(APRIL, LEADER, "close-april"))
                .expectNoEvents()
                .expectResultMessagePayload(PeriodFigure.digestOf(FIGURES));
    }

    @Test
    void cannotClosePeriodAsAnAuditor() {
        fixture.givenNoPriorActivity()
                .when(close(APRIL, AUDITOR, "close-april"))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }
}
