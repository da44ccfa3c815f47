package org.directivetracker.core.api.value;

/** What the published statistics are counted by: each commune, the lead department, the field or the priority. */
public enum StatisticsGrouping {
    COMMUNE,
    DEPARTMENT,
    FIELD,
    PRIORITY;

    /** The key of the tasks whose directive names no lead department (none does yet: the events carry none). */
    public static final String NO_LEAD_DEPARTMENT = "NONE";
    /** The key of the tasks whose directive was issued without a field. */
    public static final String NO_FIELD = "";
}
