package org.directivetracker.core.api.status;

/** Where a meeting stands: scheduled and open for its record, or concluded by its notice (its record is then closed). */
public enum MeetingStage {
    SCHEDULED,
    CONCLUDED
}
