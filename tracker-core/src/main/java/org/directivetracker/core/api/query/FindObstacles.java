package org.directivetracker.core.api.query;

import java.time.LocalDate;

import org.directivetracker.core.api.status.WaitingOn;

/**
 * The obstacle register as of the end of {@code asOf}: every filter optional (null). {@code open} true keeps the
 * obstacles open on that day, false those resolved by then; {@code waitingOn} keeps the open ones waiting on that
 * side; {@code category} is a category's code; {@code departmentCode} those referred to that department (last referral by then). Open ones come first,
 * longest open first. Answers a list of {@link ObstacleEntry}.
 */
public record FindObstacles(Boolean open, String category, String communeCode, LocalDate asOf,
                            WaitingOn waitingOn, String departmentCode) {

    public FindObstacles(Boolean open, String category, String communeCode, LocalDate asOf) {
        this(open, category, communeCode, asOf, null, null);
    }
}
