package org.directivetracker.core.api.query;

import java.util.List;

/** A department's referrals past their answer-by date, longest waiting first. */
public record DepartmentReferrals(String departmentCode, String departmentName, List<ObstacleEntry> overdue) {
}
