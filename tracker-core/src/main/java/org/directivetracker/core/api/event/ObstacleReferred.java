package org.directivetracker.core.api.event;

import java.time.LocalDate;

/**
 * The province referred a commune's obstacle to a department, which owes an answer by {@code answerBy}.
 *
 * @param previousDepartment the department it was referred to before (a re-referral), else null
 * @param note               the province's note to the department, or null
 */
public record ObstacleReferred(String directiveId, String communeCode, String obstacleId, String departmentCode,
                               LocalDate answerBy, String note, String previousDepartment) implements CommuneEvent {
}
