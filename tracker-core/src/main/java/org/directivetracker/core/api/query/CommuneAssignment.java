package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/** One directive as a commune sees it in its status view. */
public record CommuneAssignment(
        String directiveId,
        String title,
        Stage stage,
        Timeliness timeliness,
        int percent,
        LocalDate deadline,
        boolean blocked,
        int openObstacles,
        LocalDate originalDeadline,
        Instant lastReportAt,
        DirectiveLifecycle directiveState) {
}
