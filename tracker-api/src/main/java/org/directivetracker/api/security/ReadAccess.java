package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.domain.NotPermittedException;

/**
 * Who reads what. PROVINCE and AUDITOR read every view. A COMMUNE account reads its own commune only: another
 * commune's status is refused, and lists are narrowed to its own commune whatever the request asks.
 */
public final class ReadAccess {

    private ReadAccess() {
    }

    /** The commune a list must be narrowed to: the account's own for a commune account, else the one asked (may be null). */
    public static String communeFilter(Actor actor, String asked) {
        if (actor.role() == Role.COMMUNE) {
            return actor.commune().value();
        }
        return asked == null || asked.isBlank() ? null : communeCode("commune", asked);
    }

    public static void requireMayReadCommune(Actor actor, String code) {
        if (actor.role() == Role.COMMUNE && !actor.commune().value().equals(code)) {
            throw new NotPermittedException("a commune account acts and reads only for its own commune (" + actor.commune() + ")");
        }
    }

    public static void requireProvinceOrAuditor(Actor actor, String what) {
        if (actor.role() == Role.COMMUNE) {
            throw new NotPermittedException(what + " covers every commune; a commune account reads its own status at /api/communes/"
                    + actor.commune() + "/status");
        }
        if (actor.role() == Role.DEPARTMENT) {
            throw new NotPermittedException(what + " covers every commune; a department account reads the obstacles referred to it");
        }
    }

    /** A 5-digit code, or a 400 naming the request field. */
    public static String communeCode(String field, String text) {
        try {
            return new CommuneCode(text.strip()).value();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        }
    }
}
