package org.directivetracker.api.meetings;

import org.directivetracker.core.domain.UnknownReferenceException;

/** No meeting was scheduled under this id (HTTP 404, the not-found page). */
public class UnknownMeetingException extends UnknownReferenceException {

    UnknownMeetingException(String meetingId) {
        super("no meeting " + meetingId + " was scheduled");
    }
}
