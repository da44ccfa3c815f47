package org.directivetracker.projections.statistics;

import java.time.LocalDate;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/**
 * The one seam through which the statistics judge a task: today's timeliness rules (calendar days). When the
 * working-day calendar lands, {@link #TODAY} becomes the calendar's rules and nothing else here changes.
 */
public interface StatisticsRules {

    StatisticsRules TODAY = new StatisticsRules() {
        @Override
        public Timeliness judge(Stage stage, LocalDate deadline, LocalDate submittedOn, LocalDate asOf) {
            return Timeliness.judge(stage, deadline, submittedOn, asOf);
        }

        @Override
        public LocalDate lastDayCounted(LocalDate deadline) {
            return deadline;
        }
    };

    /** A task's timeliness on a day, as every view judges it; null for a withdrawn task (it counts nowhere). */
    Timeliness judge(Stage stage, LocalDate deadline, LocalDate submittedOn, LocalDate asOf);

    /** The last day a deadline lets a task count as on time (a deadline on a day off runs to the next working day). */
    LocalDate lastDayCounted(LocalDate deadline);
}
