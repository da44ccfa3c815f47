package org.directivetracker.api.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.status.WorkingCalendar;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.obstacles.StoredObstacle;
import org.directivetracker.projections.progress.DirectiveStates;

/**
 * Which reminders fall due on a working day, from the directive states: an open assignment whose deadline's last day is
 * exactly one of the due-soon windows away (in working days), or that is overdue since 1, 1 + N, 1 + 2N ... working
 * days. An assignment awaiting acceptance is the province's turn, not the commune's, and is not reminded. An obstacle
 * referred to a department that has not answered by its answer-by date (a day off counting until the next working
 * day) reminds the department in the same rhythm as an overdue assignment, while the directive is active.
 */
public class DueReminders {

    private final DirectiveStates states;
    private final ObstacleRegisterReadModel obstacles;
    private final TimelinessRules rules;
    private final List<Integer> dueSoonWindows;
    private final int overdueEvery;

    public DueReminders(DirectiveStates states, ObstacleRegisterReadModel obstacles, TimelinessRules rules,
                        List<Integer> dueSoonWindows, int overdueEvery) {
        if (overdueEvery < 1) {
            throw new IllegalArgumentException("tracker.reminders.overdue-every must be at least 1 working day");
        }
        this.states = states;
        this.obstacles = obstacles;
        this.rules = rules;
        this.dueSoonWindows = List.copyOf(dueSoonWindows);
        this.overdueEvery = overdueEvery;
    }

    public boolean isWorkingDay(LocalDate day) {
        return rules.calendar().isWorkingDay(day);
    }

    /** The reminders due on {@code day}; none on a day off. */
    public List<Reminder> on(LocalDate day) {
        List<Reminder> due = new ArrayList<>();
        if (!rules.calendar().isWorkingDay(day)) {
            return due;
        }
        for (DirectiveState directive : states.all()) {
            if (directive.lifecycle() != DirectiveLifecycle.ACTIVE || !directive.isIssued()) {
                continue;
            }
            for (CommuneProgress commune : directive.communes()) {
                reminderFor(day, directive.directiveId(), directive.title(), commune.code(), commune.stage(), commune.deadline())
                        .ifPresent(due::add);
            }
        }
        for (StoredObstacle obstacle : obstacles.all()) {
            if (obstacle.openOn(day)) { // not once its directive is withdrawn or closed
                referralReminderFor(day, obstacle.directiveId(), obstacle.directiveTitle(), obstacle.communeCode(),
                        obstacle.obstacleId(), obstacle.standingOn(day)).ifPresent(due::add);
            }
        }
        return due;
    }

    /** The reminder to the department an open obstacle waits on, if its answer is late by 1, 1 + N, 1 + 2N ... working days. */
    Optional<Reminder> referralReminderFor(LocalDate day, String directiveId, String title, String commune, String obstacleId,
                                           StoredObstacle.Standing standing) {
        if (standing.waitingOn() != WaitingOn.DEPARTMENT || standing.answerBy() == null || !rules.isLate(standing.answerBy(), day)) {
            return Optional.empty();
        }
        int lateFor = workingDaysLate(standing.answerBy(), day);
        return remindedAfter(lateFor)
                ? Optional.of(Reminder.referralOverdue(directiveId, title, commune, obstacleId, standing.referredTo(), lateFor,
                        standing.answerBy()))
                : Optional.empty();
    }

    private int workingDaysLate(LocalDate dueBy, LocalDate day) {
        WorkingCalendar calendar = rules.calendar();
        return calendar.workingDaysAfter(calendar.lastDayFor(dueBy), day);
    }

    /** On the first working day late, and every {@code overdueEvery} working days after it. */
    private boolean remindedAfter(int workingDaysLate) {
        return (workingDaysLate - 1) % overdueEvery == 0;
    }

    /** The reminder of one assignment of an active directive on a working day, if one is due. */
    Optional<Reminder> reminderFor(LocalDate day, String directiveId, String title, String commune, Stage stage, LocalDate deadline) {
        if (stage != Stage.ASSIGNED && stage != Stage.IN_PROGRESS) {
            return Optional.empty();
        }
        if (rules.isLate(deadline, day)) {
            int overdueFor = workingDaysLate(deadline, day);
            return remindedAfter(overdueFor)
                    ? Optional.of(new Reminder(directiveId, title, commune, ReminderKind.OVERDUE, overdueFor, deadline))
                    : Optional.empty();
        }
        int left = rules.workingDaysLeft(deadline, day);
        return dueSoonWindows.contains(left)
                ? Optional.of(new Reminder(directiveId, title, commune, ReminderKind.DUE_SOON, left, deadline))
                : Optional.empty();
    }
}
