package org.directivetracker.core.domain;

import java.util.Collection;
import java.util.List;

import org.directivetracker.core.api.value.ObstacleCategory;

/**
 * The obstacle categories the province has configured, as the aggregate needs them: the codes a new obstacle may
 * take, in the configured order. Obstacles already raised keep theirs, configured or not.
 */
public final class ObstacleCategories {

    private final List<String> codes;

    private ObstacleCategories(List<String> codes) {
        this.codes = codes;
    }

    public static ObstacleCategories of(Collection<String> codes) {
        List<String> known = codes.stream().map(code -> new ObstacleCategory(code).code()).distinct().toList();
        if (known.isEmpty()) {
            throw new IllegalArgumentException("the configuration names no obstacle category");
        }
        return new ObstacleCategories(known);
    }

    public boolean isKnown(ObstacleCategory category) {
        return codes.contains(category.code());
    }

    public List<String> codes() {
        return codes;
    }
}
