package org.directivetracker.core.api.query;

import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.status.Timeliness;

/**
 * A commune's status: counts per timeliness (zeros included) and its assignments, open work first, nearest deadline
 * first. {@code total} counts every assignment, also when a {@link #limitedTo limited} status lists only the first.
 */
public record CommuneStatusView(String code, String name, Map<Timeliness, Integer> counts, List<CommuneAssignment> assignments,
        int total) {

    /** A whole status: its total is the size of its list. */
    public CommuneStatusView(String code, String name, Map<Timeliness, Integer> counts, List<CommuneAssignment> assignments) {
        this(code, name, counts, assignments, assignments.size());
    }

    /** The same status with its first {@code rows} assignments (the most urgent), the same counts and total. */
    public CommuneStatusView limitedTo(int rows) {
        return assignments.size() <= rows ? this
                : new CommuneStatusView(code, name, counts, List.copyOf(assignments.subList(0, rows)), total);
    }

    /** Whether the list shows fewer assignments than the commune has. */
    public boolean isLimited() {
        return assignments.size() < total;
    }
}
