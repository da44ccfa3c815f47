package org.directivetracker.core.api.event;

import java.time.Instant;
import java.util.List;

/** The province scheduled an online meeting with these communes, in the order they are listed. */
public record MeetingScheduled(String meetingId, String title, Instant startsAt, List<String> communeCodes)
        implements MeetingEvent {

    public MeetingScheduled {
        communeCodes = List.copyOf(communeCodes);
    }
}
