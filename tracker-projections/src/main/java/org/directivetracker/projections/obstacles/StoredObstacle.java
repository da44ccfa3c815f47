package org.directivetracker.projections.obstacles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;

/**
 * An obstacle as the register stores it, with its referrals, answers and escalations in order; whether it is open
 * and who owes the next step depend on the day asked. An obstacle left unresolved when its directive was withdrawn or
 * closed ({@code directiveEndedAt}) is no longer open from that day on and waits on nobody: the directive accepts
 * nothing more, so no one can take the next step.
 */
public record StoredObstacle(String obstacleId, String directiveId, String directiveTitle, Instant directiveEndedAt, String communeCode,
        String category, String description, Instant raisedAt, Instant resolvedAt, String resolution,
        List<ObstacleStep> steps) {

    /** Raised by the end of the day (the register knows nothing of it before). */
    public boolean existedOn(LocalDate day) {
        return !ProvinceTime.dateOf(raisedAt).isAfter(day);
    }

    /** Still open at the end of the day: raised, not resolved, and its directive neither withdrawn nor closed by then. */
    public boolean openOn(LocalDate day) {
        return existedOn(day) && !resolvedBy(day) && !directiveEndedBy(day);
    }

    /** Left unresolved when its directive was withdrawn or closed, by the end of the day. */
    public boolean endedWithDirectiveOn(LocalDate day) {
        return existedOn(day) && !resolvedBy(day) && directiveEndedBy(day);
    }

    private boolean resolvedBy(LocalDate day) {
        return resolvedAt != null && !ProvinceTime.dateOf(resolvedAt).isAfter(day);
    }

    private boolean directiveEndedBy(LocalDate day) {
        return directiveEndedAt != null && !ProvinceTime.dateOf(directiveEndedAt).isAfter(day);
    }

    /** Where the obstacle stood between the province, a department and the commune at the end of the day. */
    public Standing standingOn(LocalDate day) {
        Standing standing = new Standing(WaitingOn.PROVINCE, raisedAt, null, null, null);
        for (ObstacleStep step : steps) {
            if (ProvinceTime.dateOf(step.at()).isAfter(day)) {
                break;
            }
            standing = switch (step.kind()) {
                case REFERRED -> new Standing(WaitingOn.DEPARTMENT, step.at(), step.department(), step.answerBy(), null);
                case ANSWERED -> new Standing(WaitingOn.COMMUNE, step.at(), standing.referredTo, standing.answerBy, step.text());
                case ESCALATED -> new Standing(WaitingOn.PROVINCE, step.at(), standing.referredTo, standing.answerBy, standing.answer);
            };
        }
        return standing;
    }

    /** Who owes the next step and since when; the last referral and its answer, if any. */
    public record Standing(WaitingOn waitingOn, Instant since, String referredTo, LocalDate answerBy, String answer) {

        /** A department that has not answered by its date is overdue from the next day on. */
        public boolean overdueOn(LocalDate day) {
            return waitingOn == WaitingOn.DEPARTMENT && answerBy != null && answerBy.isBefore(day);
        }
    }

    public ObstacleEntry entryOn(LocalDate day, CommuneDirectory names, DepartmentDirectory departments) {
        boolean open = openOn(day);
        boolean ended = endedWithDirectiveOn(day);
        LocalDate until = open ? day : ProvinceTime.dateOf(ended ? directiveEndedAt : resolvedAt);
        long ageDays = ChronoUnit.DAYS.between(ProvinceTime.dateOf(raisedAt), until);
        boolean resolved = !open && !ended;
        Standing standing = standingOn(day);
        return new ObstacleEntry(obstacleId, directiveId, directiveTitle, communeCode, names.nameOf(communeCode), category,
                description, raisedAt, ageDays, open, resolved ? resolvedAt : null, resolved ? resolution : null,
                open ? standing.waitingOn() : null, open ? standing.since() : null, standing.referredTo(),
                departments.nameOf(standing.referredTo()), standing.answerBy(), standing.answer(),
                open && standing.overdueOn(day), ended ? directiveEndedAt : null);
    }
}
