package org.directivetracker.core.api.status;

/** Where a directive as a whole stands: open for work, closed by the province, or withdrawn. */
public enum DirectiveLifecycle {
    ACTIVE,
    CLOSED,
    WITHDRAWN
}
