package org.directivetracker.projections.obstacles;

import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.projections.readmodel.GroupedMaps;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;

/**
 * The register as of the end of a day ({@link RegisterOn}), by commune: a commune's obstacles are read without a pass
 * over the province's, which number in the thousands once a province has run for a while.
 */
record CommuneRegisterOn(RegisterOn register) implements
        Index<List<StoredObstacle>, PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>>> {

    @Override
    public PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> build(Map<String, List<StoredObstacle>> values) {
        PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> byCommune = PersistentSortedMap.empty();
        for (List<StoredObstacle> obstacles : values.values()) {
            byCommune = register.withEach(byCommune, obstacles, CommuneRegisterOn::with);
        }
        return byCommune;
    }

    @Override
    public PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> update(
            PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> byCommune,
            List<Change<List<StoredObstacle>>> changes) {
        return register.applied(byCommune, changes, CommuneRegisterOn::without, CommuneRegisterOn::with);
    }

    private static PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> with(
            PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> byCommune, ObstacleEntry entry) {
        return GroupedMaps.with(byCommune, entry.communeCode(), entry, entry, ObstacleRegisterQueries.OPEN_LONGEST_FIRST);
    }

    private static PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> without(
            PersistentSortedMap<String, PersistentSortedMap<ObstacleEntry, ObstacleEntry>> byCommune, ObstacleEntry entry) {
        return GroupedMaps.without(byCommune, entry.communeCode(), entry);
    }
}
