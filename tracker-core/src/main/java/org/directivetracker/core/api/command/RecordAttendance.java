package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;

/** PROVINCE records whether an invited commune is present, and who represents it (optional). */
public record RecordAttendance(@TargetAggregateIdentifier String meetingId, CommuneCode commune, boolean present,
                               String representative, Actor actor, String requestId) implements MeetingCommand {
}
