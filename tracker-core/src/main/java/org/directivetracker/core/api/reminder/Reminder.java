package org.directivetracker.core.api.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder the day's run found due: a commune's assignment entering a due-soon window or being overdue.
 *
 * @param directiveId    the directive
 * @param directiveTitle its title as of the run, so that a message needs no look-up
 * @param communeCode    the commune reminded
 * @param kind           due soon or overdue
 * @param window         working days left (due soon) or working days past the deadline's last day (overdue)
 * @param deadline       the commune's current deadline
 */
public record Reminder(String directiveId, String directiveTitle, String communeCode, ReminderKind kind, int window,
                       LocalDate deadline) {

    public Reminder {
        Objects.requireNonNull(directiveId, "directiveId");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** The reminder's key: one per assignment, window and day, however often and wherever the run happens. */
    public String keyOn(LocalDate day) {
        return directiveId + "/" + communeCode + "/" + kind + "-" + window + "/" + day;
    }
}
