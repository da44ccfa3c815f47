package org.directivetracker.api.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.directivetracker.projections.store.ReadModelCollections;

/**
 * The read models a rebuild may replace, by name. A read model's name is also its processing group and so the name
 * of the tracking processor that keeps it live.
 */
public final class RebuildableReadModels {

    /** A read model's live collections and how to make its projection writing to other collections. */
    public record ReadModel(ReadModelCollections live, Function<ReadModelCollections, Object> projectionFactory) {

        public String name() {
            return live.readModel();
        }
    }

    private final Map<String, ReadModel> byName = new LinkedHashMap<>();

    public RebuildableReadModels(List<ReadModel> readModels) {
        readModels.forEach(readModel -> byName.put(readModel.name(), readModel));
    }

    public Optional<ReadModel> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<ReadModel> all() {
        return List.copyOf(byName.values());
    }
}
