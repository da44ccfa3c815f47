package org.directivetracker.api.handovers;

import java.time.Instant;

/** A recorded handover: the dossier's digest and the instant it was read as of, to read it again later. */
public record HandoverAnswer(String commune, String digest, Instant dossierAsOf, String dossier) {
}
