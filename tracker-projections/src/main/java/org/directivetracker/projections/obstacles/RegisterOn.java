package org.directivetracker.projections.obstacles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;

/**
 * The register as of the end of a day: every obstacle raised by then as its entry on that day, open ones first and
 * longest open first ({@link ObstacleRegisterQueries#OPEN_LONGEST_FIRST}), kept with the register's copy and brought
 * up to date from the directives each batch changed.
 */
record RegisterOn(LocalDate day, CommuneDirectory names, DepartmentDirectory departments)
        implements Index<List<StoredObstacle>, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> {

    @Override
    public PersistentSortedMap<ObstacleEntry, ObstacleEntry> build(Map<String, List<StoredObstacle>> values) {
        PersistentSortedMap<ObstacleEntry, ObstacleEntry> entries = PersistentSortedMap.empty(ObstacleRegisterQueries.OPEN_LONGEST_FIRST);
        for (List<StoredObstacle> obstacles : values.values()) {
            entries = with(entries, obstacles);
        }
        return entries;
    }

    @Override
    public PersistentSortedMap<ObstacleEntry, ObstacleEntry> update(PersistentSortedMap<ObstacleEntry, ObstacleEntry> entries,
            List<Change<List<StoredObstacle>>> changes) {
        for (Change<List<StoredObstacle>> change : changes) {
            if (change.before() != null) {
                for (StoredObstacle obstacle : change.before()) {
                    entries = obstacle.existedOn(day) ? entries.without(obstacle.entryOn(day, names, departments)) : entries;
                }
            }
            entries = with(entries, change.after());
        }
        return entries;
    }

    private PersistentSortedMap<ObstacleEntry, ObstacleEntry> with(PersistentSortedMap<ObstacleEntry, ObstacleEntry> entries,
            List<StoredObstacle> obstacles) {
        if (obstacles != null) {
            for (StoredObstacle obstacle : obstacles) {
                if (obstacle.existedOn(day)) {
                    ObstacleEntry entry = obstacle.entryOn(day, names, departments);
                    entries = entries.with(entry, entry);
                }
            }
        }
        return entries;
    }
}
