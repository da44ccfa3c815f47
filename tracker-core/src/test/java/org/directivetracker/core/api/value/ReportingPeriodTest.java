package org.directivetracker.core.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aPeriodWithCutOffOnThe14thRunsFromThe15thOfThePreviousMonth() {
        ReportingPeriod november = ReportingPeriod.of(YearMonth.of(2026, 11), 14);

        assertThat(november.from()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(november.to()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(november.streamId()).isEqualTo("period-2026-11");
    }

    @Test
    void aCutOffPastTheMonthsEndGivesCalendarMonths() {
        ReportingPeriod february = ReportingPeriod.of(YearMonth.of(2026, 2), 31);

        assertThat(february.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportingPeriod.of(YearMonth.of(2026, 3), 31).from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theDayAfterTheCutOffBelongsToTheNextPeriod() {
        assertThat(ReportingPeriod.containing(LocalDate.of(2026, 11, 15), 14).name()).isEqualTo("2026-12");
        assertThat(ReportingPeriod.containing(LocalDate.of(2026, 11, 14), 14).name()).isEqualTo("2026-11");
    }

    @Test
    void cannotNameAPeriodOtherThanByItsMonth() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2026-13", 14)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("november", 14)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theDigestDoesNotDependOnTheOrderOfTheFigures() {
        PeriodFigure a = new PeriodFigure(StatisticsGrouping.COMMUNE, "31951", new TaskCounts(1, 0, 2, 0));
        PeriodFigure b = new PeriodFigure(StatisticsGrouping.FIELD, "Y tế", new TaskCounts(0, 1, 0, 3));

        assertThat(PeriodFigure.digestOf(java.util.List.of(a, b))).isEqualTo(PeriodFigure.digestOf(java.util.List.of(b, a)))
                .hasSize(64)
                .isNotEqualTo(PeriodFigure.digestOf(java.util.List.of(a)));
    }
}
