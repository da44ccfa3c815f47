package org.directivetracker.core.api.value;

/** How urgent the province considers a directive. */
public enum Priority {
    NORMAL,
    HIGH,
    URGENT,
    /** "Hỏa tốc": the highest of the four levels of the government's offices. */
    IMMEDIATE
}
