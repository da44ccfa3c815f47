package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.status.WaitingOn;

/**
 * An obstacle in the register.
 *
 * @param category     the category's code, as the event that raised it carries it
 * @param ageDays      days from the day it was raised to the asked day (open), to the day it was resolved, or to the day
 *                     its directive ended
 * @param open         whether it was still open at the end of the asked day: raised, not resolved, and its directive
 *                     neither withdrawn nor closed by then
 * @param waitingOn    who owes the next step at the end of the asked day; null once it is no longer open
 * @param waitingSince since when that side owes it (raised, referred, answered or escalated)
 * @param referredTo   the department it was last referred to by then, or null
 * @param answerBy     the date that department was to answer by, or null
 * @param answer       that department's answer, or null while it has not answered
 * @param overdue      waiting on the department past its answer-by date
 * @param directiveEndedAt when its directive was withdrawn or closed while it was still unresolved (by the asked day):
 *                     it then waits on nobody, for the directive accepts nothing more; null otherwise
 */
public record ObstacleEntry(
        String obstacleId,
        String directiveId,
        String directiveTitle,
        String communeCode,
        String communeName,
        String category,
        String description,
        Instant raisedAt,
        long ageDays,
        boolean open,
        Instant resolvedAt,
        String resolution,
        WaitingOn waitingOn,
        Instant waitingSince,
        String referredTo,
        String referredToName,
        LocalDate answerBy,
        String answer,
        boolean overdue,
        Instant directiveEndedAt) {
}
