package org.directivetracker.core.api.command;

import org.directivetracker.core.api.Actor;

/**
 * A write on one directive. Every command names who acts (set by the server) and a request id: a command whose
 * request id the directive has already applied adds no event and succeeds as the first one did.
 */
public sealed interface DirectiveCommand
        permits IssueDirective, AssignCommunes, ChangeDeadline, WithdrawDirective, CloseDirective, CommuneCommand,
                AttachEvidence {

    String directiveId();

    Actor actor();

    String requestId();
}
