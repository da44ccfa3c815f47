package org.directivetracker.core.api;

import org.directivetracker.core.api.value.CommuneCode;

import java.util.Objects;

/**
 * Who acts: the authenticated account, its role and, for a commune account, the commune it is bound to.
 * Set by the server from the security context, never taken from a request body.
 */
public record Actor(String account, Role role, CommuneCode commune) {

    public Actor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        if (role == Role.COMMUNE && commune == null) {
            throw new IllegalArgumentException("a commune account must be bound to a commune");
        }
        if (role != Role.COMMUNE && commune != null) {
            throw new IllegalArgumentException("only a commune account is bound to a commune");
        }
    }

    public static Actor province(String account) {
        return new Actor(account, Role.PROVINCE, null);
    }

    public static Actor commune(String account, CommuneCode commune) {
        return new Actor(account, Role.COMMUNE, commune);
    }

    public static Actor auditor(String account) {
        return new Actor(account, Role.AUDITOR, null);
    }

    public boolean actsFor(CommuneCode code) {
        return role == Role.COMMUNE && commune.equals(code);
    }
}
