package org.directivetracker.core.api.status;

/** Where one commune stands on one directive. */
public enum Stage {
    /** Nothing from the commune yet. */
    ASSIGNED,
    /** Acknowledged, reporting, or a submission was returned. */
    IN_PROGRESS,
    /** A completion was submitted and waits for the province. */
    AWAITING_ACCEPTANCE,
    /** The province accepted the completion. */
    COMPLETED,
    /** The directive was withdrawn. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS || this == AWAITING_ACCEPTANCE;
    }
}
