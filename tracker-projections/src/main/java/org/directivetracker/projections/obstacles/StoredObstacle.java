package org.directivetracker.projections.obstacles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;

/** An obstacle as the register stores it; whether it is open depends on the day asked. */
public record StoredObstacle(String obstacleId, String directiveId, String directiveTitle, String communeCode,
        ObstacleCategory category, String description, Instant raisedAt, Instant resolvedAt, String resolution) {

    /** Raised by the end of the day (the register knows nothing of it before). */
    public boolean existedOn(LocalDate day) {
        return !ProvinceTime.dateOf(raisedAt).isAfter(day);
    }

    /** Still open at the end of the day. */
    public boolean openOn(LocalDate day) {
        return existedOn(day) && (resolvedAt == null || ProvinceTime.dateOf(resolvedAt).isAfter(day));
    }

    public ObstacleEntry entryOn(LocalDate day, CommuneDirectory names) {
        boolean open = openOn(day);
        LocalDate until = open ? day : ProvinceTime.dateOf(resolvedAt);
        long ageDays = ChronoUnit.DAYS.between(ProvinceTime.dateOf(raisedAt), until);
        return new ObstacleEntry(obstacleId, directiveId, directiveTitle, communeCode, names.nameOf(communeCode), category,
                description, raisedAt, ageDays, open, open ? null : resolvedAt, open ? null : resolution);
    }
}
