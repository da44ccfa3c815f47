package org.directivetracker.core.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.core.api.reminder.RunReminders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A day's reminders: each (assignment, window, day) recorded once, however often the day is run. */
class ReminderDayTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 10);
    static final Reminder LANG_TRON_DUE_IN_3 = new Reminder("d-1", "Rà soát thiết bị", "31951", ReminderKind.DUE_SOON, 3, DEADLINE);
    static final Reminder THOI_BINH_OVERDUE_1 = new Reminder("d-1", "Rà soát thiết bị", "32248", ReminderKind.OVERDUE, 1,
            LocalDate.of(2026, 12, 4));

    private AggregateTestFixture<ReminderDay> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReminderDay.class);
    }

    static RunReminders run(LocalDate day, Reminder... reminders) {
        return new RunReminders(day, List.of(reminders));
    }

    @Test
    void canRecordTheDaysRemindersInItsOwnStream() {
        fixture.givenNoPriorActivity()
               .when(run(MONDAY, LANG_TRON_DUE_IN_3, THOI_BINH_OVERDUE_1))
               .expectEvents(ReminderDue.of(LANG_TRON_DUE_IN_3, MONDAY), ReminderDue.of(THOI_BINH_OVERDUE_1, MONDAY));
    }

    @Test
    void cannotRecordAReminderTwiceWhenTheDayIsRunAgain() {
        fixture.given(ReminderDue.of(LANG_TRON_DUE_IN_3, MONDAY))
               .when(run(MONDAY, LANG_TRON_DUE_IN_3))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void canAddOnlyWhatIsNewWhenTheDayIsRunAgain() {
        fixture.given(ReminderDue.of(LANG_TRON_DUE_IN_3, MONDAY))
               .when(run(MONDAY, LANG_TRON_DUE_IN_3, THOI_BINH_OVERDUE_1))
               .expectEvents(ReminderDue.of(THOI_BINH_OVERDUE_1, MONDAY));
    }

    @Test
    void cannotRecordTheSameReminderTwiceInOneRun() {
        fixture.givenNoPriorActivity()
               .when(run(MONDAY, LANG_TRON_DUE_IN_3, LANG_TRON_DUE_IN_3))
               .expectEvents(ReminderDue.of(LANG_TRON_DUE_IN_3, MONDAY));
    }

    @Test
    void canRemindTheSameAssignmentInAnotherWindow() {
        Reminder dueIn1 = new Reminder("d-1", "Rà soát thiết bị", "31951", ReminderKind.DUE_SOON, 1, DEADLINE);
        fixture.given(ReminderDue.of(LANG_TRON_DUE_IN_3, MONDAY))
               .when(run(MONDAY, dueIn1))
               .expectEvents(ReminderDue.of(dueIn1, MONDAY));
    }

    static final Reminder SXD_LATE_ON_OBSTACLE_1 = Reminder.referralOverdue("d-1", "Rà soát thiết bị", "31951", "o-1", "SXD", 1,
            LocalDate.of(2026, 12, 4));

    @Test
    void canRemindADepartmentOfAReferralPastItsAnswerByDate() {
        fixture.givenNoPriorActivity()
               .when(run(MONDAY, SXD_LATE_ON_OBSTACLE_1))
               .expectEvents(ReminderDue.of(SXD_LATE_ON_OBSTACLE_1, MONDAY));
    }

    @Test
    void cannotRemindADepartmentTwiceOfTheSameReferralInTheSameWindowOnTheSameDay() {
        fixture.given(ReminderDue.of(SXD_LATE_ON_OBSTACLE_1, MONDAY))
               .when(run(MONDAY, SXD_LATE_ON_OBSTACLE_1))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void canRemindTheAssignmentAndItsReferralOnTheSameDay() {
        Reminder communeOverdue = new Reminder("d-1", "Rà soát thiết bị", "31951", ReminderKind.OVERDUE, 1, LocalDate.of(2026, 12, 4));
        fixture.given(ReminderDue.of(SXD_LATE_ON_OBSTACLE_1, MONDAY))
               .when(run(MONDAY, communeOverdue))
               .expectEvents(ReminderDue.of(communeOverdue, MONDAY));
    }

    @Test
    void canRemindTwoReferredObstaclesOfOneAssignmentInTheSameWindow() {
        Reminder otherObstacle = Reminder.referralOverdue("d-1", "Rà soát thiết bị", "31951", "o-2", "SXD", 1, LocalDate.of(2026, 12, 4));
        fixture.given(ReminderDue.of(SXD_LATE_ON_OBSTACLE_1, MONDAY))
               .when(run(MONDAY, otherObstacle))
               .expectEvents(ReminderDue.of(otherObstacle, MONDAY));
    }
}
