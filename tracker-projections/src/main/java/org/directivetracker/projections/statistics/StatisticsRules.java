package org.directivetracker.projections.statistics;

import java.time.LocalDate;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;

/**
 * The one seam through which the statistics judge a task: the same timeliness rules as every view (working days, a
 * deadline on a day off running to the next working day).
 */
public interface StatisticsRules {

    /** The statistics judged by the views' rules. */
    static StatisticsRules of(TimelinessRules rules) {
        return new StatisticsRules() {
            @Override
            public Timeliness judge(Stage stage, LocalDate deadline, LocalDate submittedOn, LocalDate asOf) {
                return rules.judge(stage, deadline, submittedOn, asOf);
            }

            @Override
            public LocalDate lastDayCounted(LocalDate deadline) {
                return rules.calendar().lastDayFor(deadline);
            }
        };
    }

    /** A task's timeliness on a day, as every view judges it; null for a withdrawn task (it counts nowhere). */
    Timeliness judge(Stage stage, LocalDate deadline, LocalDate submittedOn, LocalDate asOf);

    /** The last day a deadline lets a task count as on time (a deadline on a day off runs to the next working day). */
    LocalDate lastDayCounted(LocalDate deadline);
}
