package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;

import java.time.Instant;

/**
 * The province records that the official in charge of a commune handed over to a successor, with the digest of the
 * commune's dossier as it stood at {@code dossierAsOf}. Goes to the commune office's stream ({@link #officeIdOf}).
 */
public record RecordHandover(@TargetAggregateIdentifier String officeId, CommuneCode commune, String outgoingAccount,
                             String incomingAccount, Note note, Instant dossierAsOf, String dossierDigest, Actor actor,
                             String requestId) {

    public static RecordHandover of(CommuneCode commune, String outgoingAccount, String incomingAccount, Note note,
                                    Instant dossierAsOf, String dossierDigest, Actor actor, String requestId) {
        return new RecordHandover(officeIdOf(commune), commune, outgoingAccount, incomingAccount, note, dossierAsOf,
                dossierDigest, actor, requestId);
    }

    /** The id of a commune office's stream: one per commune, apart from every directive's. */
    public static String officeIdOf(CommuneCode commune) {
        return "office-" + commune.value();
    }
}
