package org.directivetracker.core.api.event;

import java.time.LocalDate;

/** The province granted the open request; deadline is the commune's new deadline. */
public record ExtensionGranted(String directiveId, String communeCode, LocalDate previousDeadline, LocalDate deadline, String note) implements CommuneEvent {
}
