package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.projections.obstacles.StoredObstacle;
import org.junit.jupiter.api.Test;

/**
 * Which assignment is reminded on which working day: windows of 5, 3 and 1 working days, overdue every 2; and which
 * department, for an obstacle it has not answered by its date.
 */
class DueRemindersTest {

    /** Friday 18/12/2026. */
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 18);

    // the read model is not needed to judge one assignment
    final DueReminders due = new DueReminders(null, null, TimelinessRules.standard(), List.of(5, 3, 1), 2);

    Optional<Reminder> on(LocalDate day, Stage stage, LocalDate deadline) {
        return due.reminderFor(day, "d-1", "Rà soát thiết bị", "31951", stage, deadline);
    }

    static LocalDate december(int day) {
        return LocalDate.of(2026, 12, day);
    }

    @Test
    void canRemindOnTheDaysAWindowOpens() {
        assertThat(on(december(11), Stage.ASSIGNED, DEADLINE)).get().extracting(Reminder::window).isEqualTo(5);
        assertThat(on(december(15), Stage.IN_PROGRESS, DEADLINE)).get().extracting(Reminder::window).isEqualTo(3);
        assertThat(on(december(17), Stage.IN_PROGRESS, DEADLINE)).get().extracting(Reminder::window).isEqualTo(1);
    }

    @Test
    void cannotRemindBetweenTheWindows() {
        assertThat(on(december(14), Stage.IN_PROGRESS, DEADLINE)).isEmpty();
        assertThat(on(december(16), Stage.IN_PROGRESS, DEADLINE)).isEmpty();
        assertThat(on(DEADLINE, Stage.IN_PROGRESS, DEADLINE)).as("the last day itself").isEmpty();
    }

    @Test
    void canRemindAnOverdueAssignmentOnItsFirstOverdueDayAndEveryTwoWorkingDaysAfter() {
        assertThat(on(december(21), Stage.IN_PROGRESS, DEADLINE)).get()
                .satisfies(reminder -> assertThat(reminder.kind()).isEqualTo(ReminderKind.OVERDUE))
                .extracting(Reminder::window).isEqualTo(1);
        assertThat(on(december(22), Stage.IN_PROGRESS, DEADLINE)).isEmpty();
        assertThat(on(december(23), Stage.IN_PROGRESS, DEADLINE)).get().extracting(Reminder::window).isEqualTo(3);
    }

    @Test
    void canCountTheWindowAcrossAHolidayAndADeadlineOnADayOff() {
        // deadline Saturday 29/8/2026 counts until Monday 31/8; 1/9 and 2/9 are National Day
        LocalDate saturday = LocalDate.of(2026, 8, 29);
        assertThat(on(LocalDate.of(2026, 8, 28), Stage.IN_PROGRESS, saturday)).get().extracting(Reminder::window).isEqualTo(1);
        assertThat(on(LocalDate.of(2026, 9, 3), Stage.IN_PROGRESS, saturday)).get()
                .satisfies(reminder -> assertThat(reminder.kind()).isEqualTo(ReminderKind.OVERDUE))
                .extracting(Reminder::window).isEqualTo(1);
    }

    @Test
    void cannotRemindACommuneThatSubmittedOrCompleted() {
        assertThat(on(december(21), Stage.AWAITING_ACCEPTANCE, DEADLINE)).isEmpty();
        assertThat(on(december(21), Stage.COMPLETED, DEADLINE)).isEmpty();
        assertThat(on(december(21), Stage.WITHDRAWN, DEADLINE)).isEmpty();
    }

    @Test
    void cannotRemindOnADayOff() {
        assertThat(due.isWorkingDay(december(19))).isFalse();
        assertThat(new DueReminders(null, null, TimelinessRules.standard(), List.of(5, 3, 1), 2).on(december(19))).isEmpty();
    }

    static StoredObstacle.Standing referredTo(String department, LocalDate answerBy) {
        return new StoredObstacle.Standing(WaitingOn.DEPARTMENT, Instant.parse("2026-12-01T02:00:00Z"), department, answerBy, null);
    }

    Optional<Reminder> referralOn(LocalDate day, StoredObstacle.Standing standing) {
        return due.referralReminderFor(day, "d-1", "Rà soát thiết bị", "31951", "o-1", standing);
    }

    @Test
    void canRemindTheDepartmentOnTheFirstWorkingDayAfterTheAnswerByDateAndEveryTwoWorkingDaysAfter() {
        StoredObstacle.Standing waitingOnSxd = referredTo("SXD", DEADLINE);

        assertThat(referralOn(december(21), waitingOnSxd)).get().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(ReminderKind.REFERRAL_OVERDUE);
            assertThat(reminder.departmentCode()).isEqualTo("SXD");
            assertThat(reminder.obstacleId()).isEqualTo("o-1");
            assertThat(reminder.deadline()).isEqualTo(DEADLINE);
            assertThat(reminder.window()).isEqualTo(1);
        });
        assertThat(referralOn(december(22), waitingOnSxd)).isEmpty();
        assertThat(referralOn(december(23), waitingOnSxd)).get().extracting(Reminder::window).isEqualTo(3);
    }

    @Test
    void cannotRemindTheDepartmentOnOrBeforeItsAnswerByDate() {
        assertThat(referralOn(december(17), referredTo("SXD", DEADLINE))).isEmpty();
        assertThat(referralOn(DEADLINE, referredTo("SXD", DEADLINE))).isEmpty();
        // answer by Saturday 19/12 counts until Monday 21/12
        assertThat(referralOn(december(21), referredTo("SXD", december(19)))).isEmpty();
        assertThat(referralOn(december(22), referredTo("SXD", december(19)))).get().extracting(Reminder::window).isEqualTo(1);
    }

    @Test
    void cannotRemindTheDepartmentOnceItAnsweredOrTheProvinceHasTheObstacleAgain() {
        Instant since = Instant.parse("2026-12-15T02:00:00Z");
        assertThat(referralOn(december(21), new StoredObstacle.Standing(WaitingOn.COMMUNE, since, "SXD", DEADLINE, "Đã trả lời"))).isEmpty();
        assertThat(referralOn(december(21), new StoredObstacle.Standing(WaitingOn.PROVINCE, since, "SXD", DEADLINE, "Đã trả lời"))).isEmpty();
    }
}
