package org.directivetracker.projections.obstacles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;

/** Answers the obstacle register from its entries as of the day asked, kept in order with the register's copy. */
public class ObstacleRegisterQueries {

    /** Open ones first, longest open first; then the resolved ones, most recently raised first. */
    public static final Comparator<ObstacleEntry> OPEN_LONGEST_FIRST = Comparator
            .comparing((ObstacleEntry entry) -> !entry.open())
            .thenComparing((a, b) -> a.open() ? a.raisedAt().compareTo(b.raisedAt()) : b.raisedAt().compareTo(a.raisedAt()))
            .thenComparing(ObstacleEntry::directiveId)
            .thenComparing(ObstacleEntry::obstacleId);

    private final ObstacleRegisterReadModel register;
    private final CommuneDirectory names;
    private final DepartmentDirectory departments;

    public ObstacleRegisterQueries(ObstacleRegisterReadModel register, CommuneDirectory names,
            DepartmentDirectory departments) {
        this.register = register;
        this.names = names;
        this.departments = departments;
    }

    @QueryHandler
    public List<ObstacleEntry> handle(FindObstacles query) {
        LocalDate asOf = AsOf.orToday(query.asOf());
        Collection<ObstacleEntry> entries = query.directiveId() != null ? register.entriesOf(query.directiveId(), asOf, names, departments)
                : query.communeCode() != null ? register.entriesOn(asOf, query.communeCode(), names, departments)
                : register.entriesOn(asOf, names, departments);
        return entries.stream()
                .filter(entry -> query.category() == null || query.category().equals(entry.category()))
                .filter(entry -> query.communeCode() == null || entry.communeCode().equals(query.communeCode()))
                .filter(entry -> query.open() == null || entry.open() == query.open())
                .filter(entry -> query.waitingOn() == null || entry.waitingOn() == query.waitingOn())
                .filter(entry -> query.departmentCode() == null || query.departmentCode().equals(entry.referredTo()))
                .toList();
    }
}
