package org.directivetracker.core.api.value;

/**
 * What stands in a commune's way, by the code of one of the province's configured categories (e.g. {@code EQUIPMENT},
 * {@code POLICY_MECHANISM}). Events carry the code as text, so an event keeps its category even after the category
 * leaves the configuration; which codes a new obstacle may take is the aggregate's to check.
 */
public record ObstacleCategory(String code) {

    public ObstacleCategory {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new InvalidValueException("category",
                    "a category is a code of capital letters, digits and underscores such as EQUIPMENT, got '" + code + "'");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
