package org.directivetracker.core.api.query;

import java.time.LocalDate;

import org.directivetracker.core.api.status.WaitingOn;

/**
 * The obstacle register as of the end of {@code asOf}: every filter optional (null). {@code open} true keeps the
 * obstacles open on that day, false those resolved by then; {@code waitingOn} keeps the open ones waiting on that
 * side; {@code category} is a category's code; {@code departmentCode} those referred to that department (last referral by then);
 * {@code directiveId} those of one directive. Open ones come first, longest open first. Answers a list of {@link ObstacleEntry}.
 */
public record FindObstacles(Boolean open, String category, String communeCode, LocalDate asOf,
                            WaitingOn waitingOn, String departmentCode, String directiveId) {

    public FindObstacles(Boolean open, String category, String communeCode, LocalDate asOf) {
        this(open, category, communeCode, asOf, null, null, null);
    }

    public FindObstacles(Boolean open, String category, String communeCode, LocalDate asOf, WaitingOn waitingOn, String departmentCode) {
        this(open, category, communeCode, asOf, waitingOn, departmentCode, null);
    }

    /** One directive's obstacles, of one commune or (null) of every one, open or not (null). */
    public static FindObstacles ofDirective(String directiveId, String communeCode, Boolean open) {
        return new FindObstacles(open, null, communeCode, null, null, null, directiveId);
    }
}
