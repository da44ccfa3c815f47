package org.directivetracker.core.api;

/** The kinds of users of DESIGN.md. */
public enum Role {
    /** Provincial leader or committee office: issues and decides. */
    PROVINCE,
    /** Commune chair or officer, bound to one commune: reports for it. */
    COMMUNE,
    /** Auditor or inspector: reads and replays, never writes. */
    AUDITOR,
    /** A provincial department, bound to one department: answers the obstacles referred to it. */
    DEPARTMENT
}
