package org.directivetracker.core.api.value;

/**
 * What stands in a commune's way. The last three are what communes report most after the merger of communes: a
 * missing mechanism or policy, handover records and documents, and staff skills and training. Stored events keep
 * their category by name, so a category is only ever added, never renamed or removed.
 */
public enum ObstacleCategory {
    STAFFING,
    EQUIPMENT,
    FUNDING,
    LEGAL_DOCUMENTS,
    DATA_SYSTEMS,
    OTHER,
    POLICY_MECHANISM,
    HANDOVER_RECORDS,
    STAFF_TRAINING
}
