package org.directivetracker.core.api.value;

/** What the published statistics are counted by: each commune, the lead department, the field or the priority. */
public enum StatisticsGrouping {
    COMMUNE,
    DEPARTMENT,
    FIELD,
    PRIORITY
}
