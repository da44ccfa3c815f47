package org.directivetracker.core.domain;

/** The lifecycle of a directive as a whole: open for work, or ended by the province. */
public enum DirectiveState {
    /** Issued and open: communes report, the province decides. */
    ACTIVE,
    /** Withdrawn by the province: every further write is refused. */
    WITHDRAWN,
    /** Closed by the province: every further write is refused. */
    CLOSED
}
