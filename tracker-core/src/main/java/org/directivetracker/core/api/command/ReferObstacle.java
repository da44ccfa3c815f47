package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

import java.time.LocalDate;

/** PROVINCE refers an open obstacle to a department, which must answer by a date; the note is optional. */
public record ReferObstacle(@TargetAggregateIdentifier String directiveId, CommuneCode commune, String obstacleId,
                            DepartmentCode department, LocalDate answerBy, Note note, Actor actor, String requestId)
        implements CommuneCommand {
}
