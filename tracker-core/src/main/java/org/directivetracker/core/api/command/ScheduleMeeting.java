package org.directivetracker.core.api.command;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Title;

/** PROVINCE schedules an online meeting with the communes named (the caller names all of them for "all"). */
public record ScheduleMeeting(@TargetAggregateIdentifier String meetingId, Title title, Instant startsAt,
                              List<CommuneCode> communes, Actor actor, String requestId) implements MeetingCommand {

    public ScheduleMeeting {
        communes = communes == null ? null : List.copyOf(communes);
    }
}
