package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.NewDirective;
import org.directivetracker.core.api.value.Note;

/**
 * PROVINCE records what the meeting concluded, under the id the caller chose. It may be about a directive, a commune
 * and one of its obstacles, and may ask for a new directive, issued with the notice.
 */
public record RecordConclusion(@TargetAggregateIdentifier String meetingId, String conclusionId, Note text,
                               String directiveId, CommuneCode commune, String obstacleId, NewDirective newDirective,
                               Actor actor, String requestId) implements MeetingCommand {
}
