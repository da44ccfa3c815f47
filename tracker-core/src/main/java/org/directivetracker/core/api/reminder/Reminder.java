package org.directivetracker.core.api.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder the day's run found due: a commune's assignment entering a due-soon window or being overdue, or an
 * obstacle of that assignment whose department has not answered by its date.
 *
 * @param directiveId    the directive
 * @param directiveTitle its title as of the run, so that a message needs no look-up
 * @param communeCode    the commune of the assignment (reminded itself, unless the kind reminds a department)
 * @param kind           due soon, overdue, or a referral unanswered past its date
 * @param window         working days left (due soon) or working days past the deadline's (or answer-by date's) last day
 * @param deadline       the commune's current deadline, or the referral's answer-by date
 * @param obstacleId     the obstacle referred, for {@link ReminderKind#REFERRAL_OVERDUE}; else null
 * @param departmentCode the department the obstacle waits on, for {@link ReminderKind#REFERRAL_OVERDUE}; else null
 */
public record Reminder(String directiveId, String directiveTitle, String communeCode, ReminderKind kind, int window,
                       LocalDate deadline, String obstacleId, String departmentCode) {

    public Reminder {
        Objects.requireNonNull(directiveId, "directiveId");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        if (kind.remindsDepartment() && (obstacleId == null || departmentCode == null)) {
            throw new IllegalArgumentException("a referral's reminder names its obstacle and department");
        }
        if (!kind.remindsDepartment() && (obstacleId != null || departmentCode != null)) {
            throw new IllegalArgumentException("an assignment's reminder names no obstacle or department");
        }
    }

    /** A reminder of a commune's assignment. */
    public Reminder(String directiveId, String directiveTitle, String communeCode, ReminderKind kind, int window, LocalDate deadline) {
        this(directiveId, directiveTitle, communeCode, kind, window, deadline, null, null);
    }

    /** A reminder to a department that an obstacle referred to it is past its answer-by date. */
    public static Reminder referralOverdue(String directiveId, String directiveTitle, String communeCode, String obstacleId,
                                           String departmentCode, int window, LocalDate answerBy) {
        return new Reminder(directiveId, directiveTitle, communeCode, ReminderKind.REFERRAL_OVERDUE, window, answerBy,
                obstacleId, departmentCode);
    }

    /**
     * The reminder's key: one per assignment (or referred obstacle), window and day, however often and wherever the run
     * happens.
     */
    public String keyOn(LocalDate day) {
        String subject = obstacleId == null ? directiveId + "/" + communeCode : directiveId + "/" + communeCode + "/" + obstacleId;
        return subject + "/" + kind + "-" + window + "/" + day;
    }
}
