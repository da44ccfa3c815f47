package org.directivetracker.core.api.event;

import java.util.List;

/** The province closed the directive; openCommuneCodes lists the communes that had not completed, and the note says why. */
public record DirectiveClosed(String directiveId, String note, List<String> openCommuneCodes) implements DirectiveEvent {
}
