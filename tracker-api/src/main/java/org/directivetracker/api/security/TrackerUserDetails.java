package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** A local account: its actor and BCrypt password hash. */
public record TrackerUserDetails(Actor actor, String passwordHash) implements UserDetails, TrackerPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.account();
    }

    @Override
    public String toString() {
        return "TrackerUserDetails[" + actor + "]";
    }
}
