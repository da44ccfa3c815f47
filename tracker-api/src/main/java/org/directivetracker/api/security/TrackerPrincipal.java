package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;

/** Whoever is signed in, whatever the way (local account or identity provider), seen as the domain's actor. */
public interface TrackerPrincipal {

    Actor actor();
}
