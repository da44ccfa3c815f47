package org.directivetracker.core.api.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Vietnam's working days as the shipped calendar file gives them, and what a deadline on a day off means. */
class WorkingCalendarTest {

    final WorkingCalendar vietnam = WorkingCalendar.vietnam();
    final TimelinessRules rules = new TimelinessRules(vietnam, 3);

    static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(vietnam.isWorkingDay(day(2026, 12, 5))).as("a Saturday").isFalse();
        assertThat(vietnam.isWorkingDay(day(2026, 12, 6))).as("a Sunday").isFalse();
        assertThat(vietnam.isWorkingDay(day(2026, 9, 2))).as("National Day").isFalse();
        assertThat(vietnam.isWorkingDay(day(2026, 2, 17))).as("mùng 1 Tết Bính Ngọ").isFalse();
        assertThat(vietnam.isWorkingDay(day(2027, 1, 1))).as("New Year 2027").isFalse();
        assertThat(vietnam.isWorkingDay(day(2026, 12, 4))).as("a Friday").isTrue();
    }

    @Test
    void aDeadlineOnASaturdayCountsUntilTheEndOfMonday() {
        LocalDate saturday = day(2026, 12, 5);

        assertThat(vietnam.lastDayFor(saturday)).isEqualTo(day(2026, 12, 7));
        assertThat(rules.judge(Stage.IN_PROGRESS, saturday, null, day(2026, 12, 7))).isEqualTo(Timeliness.DUE_SOON);
        assertThat(rules.judge(Stage.IN_PROGRESS, saturday, null, day(2026, 12, 8))).isEqualTo(Timeliness.OVERDUE);
        assertThat(rules.judge(Stage.COMPLETED, saturday, day(2026, 12, 7), day(2026, 12, 20)))
                .as("completed on the Monday after").isEqualTo(Timeliness.COMPLETED_ON_TIME);
    }

    @Test
    void aDeadlineOnTheLastDayBeforeTetCountsThatDayOnly() {
        // Friday 13/2/2026 is the last working day before Tết Bính Ngọ (16/2-20/2)
        LocalDate lastBeforeTet = day(2026, 2, 13);

        assertThat(vietnam.lastDayFor(lastBeforeTet)).isEqualTo(lastBeforeTet);
        assertThat(rules.judge(Stage.IN_PROGRESS, lastBeforeTet, null, day(2026, 2, 14))).isEqualTo(Timeliness.OVERDUE);
        assertThat(rules.judge(Stage.COMPLETED, lastBeforeTet, day(2026, 2, 23), day(2026, 3, 1)))
                .as("done on the first day after Tết").isEqualTo(Timeliness.COMPLETED_LATE);
    }

    @Test
    void aDeadlineInsideTetCountsUntilTheFirstWorkingDayAfterIt() {
        assertThat(vietnam.lastDayFor(day(2026, 2, 17))).isEqualTo(day(2026, 2, 23));
        assertThat(rules.judge(Stage.COMPLETED, day(2026, 2, 17), day(2026, 2, 23), day(2026, 3, 1)))
                .isEqualTo(Timeliness.COMPLETED_ON_TIME);
    }

    @Test
    void theDueSoonWindowCountsWorkingDaysAcrossAHoliday() {
        // deadline Thursday 30/4/2026, a holiday: it counts until Monday 4/5. From Friday 24/4 that is Tuesday 28/4,
        // Wednesday 29/4 and Monday 4/5 (Monday 27/4 makes up for the Hùng Kings on Sunday 26/4, 1/5 is Labour Day)
        LocalDate deadline = day(2026, 4, 30);

        assertThat(rules.workingDaysLeft(deadline, day(2026, 4, 24))).isEqualTo(3);
        assertThat(rules.judge(Stage.ASSIGNED, deadline, null, day(2026, 4, 24))).isEqualTo(Timeliness.DUE_SOON);
        assertThat(rules.judge(Stage.ASSIGNED, deadline, null, day(2026, 4, 23))).isEqualTo(Timeliness.ON_TRACK);
    }

    @Test
    void theDueSoonWindowIsConfigurable() {
        TimelinessRules fiveDays = new TimelinessRules(vietnam, 5);
        LocalDate deadline = day(2026, 12, 11);

        assertThat(rules.judge(Stage.ASSIGNED, deadline, null, day(2026, 12, 4))).isEqualTo(Timeliness.ON_TRACK);
        assertThat(fiveDays.judge(Stage.ASSIGNED, deadline, null, day(2026, 12, 4))).isEqualTo(Timeliness.DUE_SOON);
    }

    @Test
    void aSwappedWeekendDayIsAWorkingDay() throws Exception {
        WorkingCalendar swapped = WorkingCalendar.read(new StringReader("""
                # New Year moved to Friday 2/1, made up on Saturday 10/1
                2026-01-02 off Tết Dương lịch (hoán đổi)
                2026-01-10 work làm bù
                """));

        assertThat(swapped.isWorkingDay(day(2026, 1, 2))).isFalse();
        assertThat(swapped.isWorkingDay(day(2026, 1, 10))).isTrue();
        assertThat(swapped.plusWorkingDays(day(2026, 1, 9), 1)).isEqualTo(day(2026, 1, 10));
    }

    @Test
    void aMalformedLineIsNamed() {
        assertThatThrownBy(() -> WorkingCalendar.read(new StringReader("2026-01-01 off\n2026-13-01 off\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> WorkingCalendar.read(new StringReader("2026-01-01 holiday\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    @Test
    void workingDaysBetweenAnyTwoDaysAreThoseCountedOneByOneAlsoAtTheEdgesOfTheCountedSpan() {
        WorkingCalendar vietnam = WorkingCalendar.vietnam();
        java.util.Random random = new java.util.Random(19);
        LocalDate[] edges = {LocalDate.of(1999, 12, 20), LocalDate.of(2000, 1, 1), LocalDate.of(2026, 4, 29),
                LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 3)};
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = i < edges.length ? edges[i] : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(800));
            LocalDate to = from.plusDays(random.nextInt(200) - 20);
            int expected = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                expected += vietnam.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(vietnam.workingDaysAfter(from, to)).as(from + " .. " + to).isEqualTo(expected);
        }
    }
}
