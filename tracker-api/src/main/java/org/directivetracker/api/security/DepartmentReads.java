package org.directivetracker.api.security;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.domain.NotPermittedException;
import org.springframework.stereotype.Component;

/**
 * What a department reads: the obstacles referred to it, with their directive and commune, and the directives it
 * follows (those with an obstacle referred to it). Another department's referrals are refused, never silently
 * narrowed, so that a wrong link answers 403 rather than an empty list.
 */
@Component
public class DepartmentReads {
    private final ViewQueries views;

    public DepartmentReads(ViewQueries views) {
        this.views = views;
    }

    /** The department a register must be narrowed to: the account's own for a department, else the one asked (may be null). */
    public static String departmentFilter(Actor actor, String asked) {
        String askedCode = asked == null || asked.isBlank() ? null : asked.strip();
        if (actor.role() != Role.DEPARTMENT) {
            return askedCode;
        }
        String own = actor.department().value();
        if (askedCode != null && !askedCode.equals(own)) {
            throw new NotPermittedException("a department account reads only the obstacles referred to its own department ("
                    + own + ")");
        }
        return own;
    }

    /** A department reads a directive only when one of its obstacles is referred to it. */
    public void requireFollows(Actor actor, String directiveId) {
        if (actor.role() != Role.DEPARTMENT) {
            return;
        }
        boolean follows = !views.ask(new FindObstacles(null, null, null, null, null, actor.department().value(), directiveId),
                ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).isEmpty();
        if (!follows) {
            throw new NotPermittedException("no obstacle of directive " + directiveId + " is referred to department "
                    + actor.department() + "; a department account reads the directives it follows");
        }
    }
}
