package org.directivetracker.projections.obstacles;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step between a department and the commune on an open obstacle, as the register stores it.
 *
 * @param department the department referred to (REFERRED), that answered (ANSWERED), whose answer was escalated
 * @param answerBy   for a referral, the date to answer by; else null
 * @param text       the province's note, the answer, or the commune's reason
 */
public record ObstacleStep(Kind kind, Instant at, String department, LocalDate answerBy, String text) {

    public enum Kind { REFERRED, ANSWERED, ESCALATED }
}
