package org.directivetracker.core.api.query;

import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.status.Timeliness;

/** A commune's status: counts per timeliness (zeros included) and its assignments, most urgent deadline first. */
public record CommuneStatusView(String code, String name, Map<Timeliness, Integer> counts, List<CommuneAssignment> assignments) {
}
