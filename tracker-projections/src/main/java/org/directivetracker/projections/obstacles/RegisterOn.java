package org.directivetracker.projections.obstacles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
            entries = withEach(entries, obstacles, RegisterOn::with);
        }
        return entries;
    }

    @Override
    public PersistentSortedMap<ObstacleEntry, ObstacleEntry> update(PersistentSortedMap<ObstacleEntry, ObstacleEntry> entries,
            List<Change<List<StoredObstacle>>> changes) {
        return applied(entries, changes, PersistentSortedMap::without, RegisterOn::with);
    }

    private static PersistentSortedMap<ObstacleEntry, ObstacleEntry> with(PersistentSortedMap<ObstacleEntry, ObstacleEntry> entries,
            ObstacleEntry entry) {
        return entries.with(entry, entry);
    }

    /** One directive's obstacles raised by the end of the day as their entries on that day, in the register's order. */
    List<ObstacleEntry> entriesOf(List<StoredObstacle> obstacles) {
        return obstacles.stream().filter(obstacle -> obstacle.existedOn(day)).map(obstacle -> obstacle.entryOn(day, names, departments))
                .sorted(ObstacleRegisterQueries.OPEN_LONGEST_FIRST).toList();
    }

    /** {@code index} without the entries the changed directives had on the day, and with those they have now. */
    <R> R applied(R index, List<Change<List<StoredObstacle>>> changes, BiFunction<R, ObstacleEntry, R> without,
            BiFunction<R, ObstacleEntry, R> with) {
        for (Change<List<StoredObstacle>> change : changes) {
            index = withEach(index, change.before(), without);
            index = withEach(index, change.after(), with);
        }
        return index;
    }

    /** {@code index} with {@code apply} applied to the entry on the day of each obstacle raised by then (none when null). */
    <R> R withEach(R index, List<StoredObstacle> obstacles, BiFunction<R, ObstacleEntry, R> apply) {
        if (obstacles != null) {
            for (StoredObstacle obstacle : obstacles) {
                if (obstacle.existedOn(day)) {
                    index = apply.apply(index, obstacle.entryOn(day, names, departments));
                }
            }
        }
        return index;
    }
}
