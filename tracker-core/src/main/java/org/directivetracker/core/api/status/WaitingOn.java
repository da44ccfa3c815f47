package org.directivetracker.core.api.status;

/** Who owes the next step on an open obstacle. */
public enum WaitingOn {
    /** Raised and not yet referred, or escalated after a department's answer: the province decides. */
    PROVINCE,
    /** Referred to a department that has not answered yet. */
    DEPARTMENT,
    /** Answered: the commune resolves it or escalates it. */
    COMMUNE
}
