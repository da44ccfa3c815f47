package org.directivetracker.core.api.event;

import java.util.List;

import org.directivetracker.core.api.event.ConclusionRecorded.DirectiveTerms;

/**
 * The meeting's conclusion notice was issued under its number. It names, for each conclusion that asked for one, the
 * directive to issue and the id derived for it; those directives are issued after this event is stored, and a retry
 * or a restart reaches the same ids.
 */
public record ConclusionNoticeIssued(String meetingId, String number, List<DirectiveToIssue> directives)
        implements MeetingEvent {

    public ConclusionNoticeIssued {
        directives = List.copyOf(directives);
    }

    /** One conclusion's directive: its derived id and its terms. */
    public record DirectiveToIssue(String conclusionId, String directiveId, DirectiveTerms terms) {
    }
}
