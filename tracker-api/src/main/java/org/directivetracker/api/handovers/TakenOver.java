package org.directivetracker.api.handovers;

import java.time.Instant;

/** What the signed-in official took over at the last handover of the commune, as that handover's dossier says. */
public record TakenOver(String from, Instant recordedAt, String note, Instant dossierAsOf, String digest,
                        int assignments, int open, int openObstacles, int pendingDecisions, boolean digestMatches) {
}
