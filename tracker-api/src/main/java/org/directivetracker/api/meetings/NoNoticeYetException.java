package org.directivetracker.api.meetings;

import org.directivetracker.core.domain.UnknownReferenceException;

/** A meeting's notice is asked for before it was issued (HTTP 404: there is no such document yet). */
public class NoNoticeYetException extends UnknownReferenceException {

    NoNoticeYetException(String meetingId) {
        super("meeting " + meetingId + " has no conclusion notice yet");
    }
}
