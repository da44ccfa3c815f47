package org.directivetracker.core.api.query;

import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.status.Timeliness;

/**
 * A commune's status: counts per timeliness (zeros included) and its assignments, open work first, nearest deadline
 * first. {@code total} counts every assignment, also when a limited status lists only the most urgent.
 */
public record CommuneStatusView(String code, String name, Map<Timeliness, Integer> counts, List<CommuneAssignment> assignments,
        int total) {
}
