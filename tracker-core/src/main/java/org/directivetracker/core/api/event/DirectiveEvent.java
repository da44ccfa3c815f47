package org.directivetracker.core.api.event;

/**
 * Something that happened to a directive. Payloads hold plain values so that an event read alone, years later,
 * says what it is about; who did it and when travel as message metadata and timestamp.
 */
public sealed interface DirectiveEvent
        permits DirectiveIssued, DeadlineChanged, DirectiveWithdrawn, DirectiveClosed, CommuneEvent,
                EvidenceAttached {

    String directiveId();
}
