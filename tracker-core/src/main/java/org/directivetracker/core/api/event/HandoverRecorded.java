package org.directivetracker.core.api.event;

import java.time.Instant;

/**
 * The official in charge of a commune handed over to a successor. {@code dossierDigest} is the SHA-256 of the commune's
 * dossier replayed as of {@code dossierAsOf}, so the successor (or an auditor) can show later that the dossier read
 * then is the one handed over.
 */
public record HandoverRecorded(String officeId, String communeCode, String outgoingAccount, String incomingAccount,
                               String note, Instant dossierAsOf, String dossierDigest) {
}
