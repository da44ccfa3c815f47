package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.EvidenceFile;
import org.directivetracker.core.api.value.Note;

/**
 * Records a file already stored by its SHA-256 as evidence: on a commune's assignment (by that commune), or on the
 * directive itself when {@code commune} is null (by the province, e.g. the signed document it implements).
 * The attachment id is chosen by the caller.
 */
public record AttachEvidence(@TargetAggregateIdentifier String directiveId, CommuneCode commune, String attachmentId,
                             EvidenceFile file, Note caption, Actor actor, String requestId)
        implements DirectiveCommand {
}
