package org.directivetracker.projections.briefing;

/** The kinds of change a briefing reports since an earlier date. */
public enum ChangeKind {
    NEW_DIRECTIVE,
    COMPLETION,
    OBSTACLE_RAISED,
    OBSTACLE_RESOLVED,
    EXTENSION
}
