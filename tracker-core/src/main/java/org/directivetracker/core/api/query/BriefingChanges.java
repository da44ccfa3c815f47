package org.directivetracker.core.api.query;

import java.util.List;

/** What happened between the briefing's {@code since} and its date, each list in the order it happened. */
public record BriefingChanges(
        List<BriefingChange> newDirectives,
        List<BriefingChange> completions,
        List<BriefingChange> obstaclesRaised,
        List<BriefingChange> obstaclesResolved,
        List<BriefingChange> extensions) {
}
