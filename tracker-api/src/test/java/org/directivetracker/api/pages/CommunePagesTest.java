package org.directivetracker.api.pages;

import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a chair's page orders the commune's directives, without the service around it. */
class CommunePagesTest {

    @Test
    void directivesAreGroupedMostUrgentFirstEachGroupKeepingTheViewsOrder() {
        List<CommuneAssignment> assignments = List.of(
                assignment("on-track", Timeliness.ON_TRACK), assignment("late-done", Timeliness.COMPLETED_LATE),
                assignment("overdue-1", Timeliness.OVERDUE), assignment("withdrawn", null),
                assignment("due-soon", Timeliness.DUE_SOON), assignment("overdue-2", Timeliness.OVERDUE),
                assignment("done", Timeliness.COMPLETED_ON_TIME));

        Map<String, List<CommuneAssignment>> groups = CommunePages.byUrgency(assignments);

        assertThat(groups.keySet()).containsExactly("overdue", "dueSoon", "onTrack", "completed", "withdrawn");
        assertThat(ids(groups.get("overdue"))).containsExactly("overdue-1", "overdue-2");
        assertThat(ids(groups.get("dueSoon"))).containsExactly("due-soon");
        assertThat(ids(groups.get("onTrack"))).containsExactly("on-track");
        assertThat(ids(groups.get("completed"))).containsExactly("late-done", "done");
        assertThat(ids(groups.get("withdrawn"))).as("shown apart, not dropped").containsExactly("withdrawn");
    }

    private static CommuneAssignment assignment(String id, Timeliness timeliness) {
        return new CommuneAssignment(id, "title " + id, Stage.IN_PROGRESS, timeliness, 0, LocalDate.of(2026, 12, 1), false, 0,
                LocalDate.of(2026, 12, 1), null, timeliness == null ? DirectiveLifecycle.WITHDRAWN : DirectiveLifecycle.ACTIVE);
    }

    private static List<String> ids(List<CommuneAssignment> assignments) {
        return assignments.stream().map(CommuneAssignment::directiveId).toList();
    }
}
