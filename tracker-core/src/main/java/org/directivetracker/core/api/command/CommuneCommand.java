package org.directivetracker.core.api.command;

import org.directivetracker.core.api.value.CommuneCode;

/** A write about one assigned commune of a directive. */
public sealed interface CommuneCommand extends DirectiveCommand
        permits AcknowledgeDirective, ReportProgress, RaiseObstacle, ResolveObstacle, RequestExtension,
        GrantExtension, DenyExtension, SubmitCompletion, AcceptCompletion, ReturnCompletion,
        PostMessage, UrgeCommune, ReferObstacle, AnswerObstacle, EscalateObstacle {

    CommuneCode commune();
}
