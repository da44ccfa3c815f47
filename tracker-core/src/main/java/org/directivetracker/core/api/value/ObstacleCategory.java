package org.directivetracker.core.api.value;

/** What stands in a commune's way. */
public enum ObstacleCategory {
    STAFFING,
    EQUIPMENT,
    FUNDING,
    LEGAL_DOCUMENTS,
    DATA_SYSTEMS,
    OTHER
}
