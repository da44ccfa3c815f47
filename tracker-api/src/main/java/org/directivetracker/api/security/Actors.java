package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.springframework.security.core.Authentication;

import java.util.Optional;

/** The actor behind an authentication, if it is one of ours. */
public final class Actors {
    private Actors() {
    }

    public static Optional<Actor> of(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof TrackerPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
