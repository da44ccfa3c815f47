package org.directivetracker.api.handovers;

import org.directivetracker.api.security.Actors;
import org.directivetracker.core.api.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the commune's first page shows an official who took the commune over: the handover and the dossier handed
 * over, replayed as of the handover (so it says what was handed over, not what changed since), and whether that
 * dossier still has the digest the handover recorded.
 */
@Component("handoverViews")
public class HandoverViews {

    private final Handovers handovers;
    private final CommuneDossiers dossiers;

    public HandoverViews(Handovers handovers, CommuneDossiers dossiers) {
        this.handovers = handovers;
        this.dossiers = dossiers;
    }

    /** Null unless the signed-in account is the one the commune was last handed over to. */
    public TakenOver takenOver(String code) {
        Actor actor = Actors.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        if (actor == null) {
            return null;
        }
        return handovers.lastTakenOverBy(code, actor.account())
                .map(handover -> {
                    Dossier dossier = dossiers.asOf(code, handover.dossierAsOf(), handovers.now(), actor);
                    int open = 0;
                    int obstacles = 0;
                    int pending = 0;
                    for (Dossier.Assignment assignment : dossier.assignments()) {
                        open += assignment.stage().isOpen() ? 1 : 0;
                        obstacles += assignment.openObstacles().size();
                        pending += assignment.pendingDecisions().size();
                    }
                    return new TakenOver(handover.from(), handover.recordedAt(), handover.note(),
                            handover.dossierAsOf(), dossier.digest(), dossier.assignments().size(), open, obstacles,
                            pending, dossier.digest().equals(handover.dossierDigest()));
                })
                .orElse(null);
    }
}
