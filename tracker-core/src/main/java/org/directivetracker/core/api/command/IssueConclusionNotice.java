package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.NoticeNumber;

/** PROVINCE issues the meeting's conclusion notice under its number; once. Its conclusions' new directives follow. */
public record IssueConclusionNotice(@TargetAggregateIdentifier String meetingId, NoticeNumber number, Actor actor,
                                    String requestId) implements MeetingCommand {
}
