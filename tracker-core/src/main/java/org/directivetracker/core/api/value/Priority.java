package org.directivetracker.core.api.value;

/** How urgent the province considers a directive. */
public enum Priority {
    NORMAL,
    HIGH,
    URGENT
}
