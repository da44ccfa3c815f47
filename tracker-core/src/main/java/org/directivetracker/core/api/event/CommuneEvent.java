package org.directivetracker.core.api.event;

/** Something that happened to one commune's assignment on a directive. */
public sealed interface CommuneEvent extends DirectiveEvent
        permits CommuneAssigned, DirectiveAcknowledged, ProgressReported, ObstacleRaised, ObstacleResolved,
        ExtensionRequested, ExtensionGranted, ExtensionDenied, CompletionSubmitted, CompletionAccepted,
        CompletionReturned,
        MessagePosted, CommuneUrged, ObstacleReferred, ObstacleAnswered, ObstacleEscalated {

    /** The 5-digit code of the commune concerned. */
    String communeCode();
}
