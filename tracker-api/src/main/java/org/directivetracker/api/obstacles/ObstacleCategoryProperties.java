package org.directivetracker.api.obstacles;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The obstacle categories a commune chooses from ({@code tracker.obstacles.categories}), in the order offered: each a
 * code, which events keep for good, and its names in Vietnamese and English.
 */
@ConfigurationProperties("tracker.obstacles")
public record ObstacleCategoryProperties(List<Category> categories) {

    public ObstacleCategoryProperties {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** One category: its code (e.g. {@code POLICY_MECHANISM}), its Vietnamese name and its English one (or blank). */
    public record Category(String code, String name, String nameEn) {
    }

    /** The codes, in the configured order. */
    public List<String> codes() {
        return categories.stream().map(Category::code).toList();
    }
}
