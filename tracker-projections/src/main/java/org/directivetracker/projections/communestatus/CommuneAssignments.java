package org.directivetracker.projections.communestatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/** One commune's stored assignment rows, not yet judged against a date. */
public record CommuneAssignments(String communeCode, List<Row> rows) {

    public record Row(String directiveId, String title, DirectiveLifecycle directiveState, Stage stage, int percent,
            LocalDate deadline, LocalDate originalDeadline, int openObstacles, LocalDate submittedOn, Instant lastReportAt) {

        public Timeliness timeliness(LocalDate asOf) {
            return Timeliness.judge(stage, deadline, submittedOn, asOf);
        }

        public CommuneAssignment judgedOn(LocalDate asOf) {
            return new CommuneAssignment(directiveId, title, stage, timeliness(asOf), percent, deadline, openObstacles > 0,
                    openObstacles, originalDeadline, lastReportAt, directiveState);
        }
    }
}
