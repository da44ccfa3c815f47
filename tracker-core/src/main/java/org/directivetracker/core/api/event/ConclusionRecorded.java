package org.directivetracker.core.api.event;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting concluded something: free text, optionally about a directive, a commune and an obstacle, optionally
 * asking for a new directive that the notice issues.
 */
public record ConclusionRecorded(String meetingId, String conclusionId, String text, String directiveId,
                                 String communeCode, String obstacleId, DirectiveTerms newDirective)
        implements MeetingEvent {

    /** The terms of the directive a conclusion asks for, as plain values. */
    public record DirectiveTerms(String title, String description, LocalDate deadline, List<String> communeCodes) {

        public DirectiveTerms {
            communeCodes = List.copyOf(communeCodes);
        }
    }
}
