package org.directivetracker.projections.statistics;

import java.util.List;

import org.directivetracker.core.api.value.Priority;

/**
 * A directive's tasks as the statistics count them: what it is grouped by (field, priority, lead department: none
 * yet, the events name no lead department) and each assigned commune's history.
 */
record DirectiveTasks(String directiveId, String field, Priority priority, String leadDepartment,
        List<AssignmentHistory> assignments) {
}
