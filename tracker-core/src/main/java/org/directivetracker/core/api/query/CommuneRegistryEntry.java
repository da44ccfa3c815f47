package org.directivetracker.core.api.query;

import java.util.Map;

import org.directivetracker.core.api.status.Timeliness;

/** A commune or ward of the registry; type is {@code xa} (commune) or {@code phuong} (ward). */
public record CommuneRegistryEntry(String code, String name, String type, Map<Timeliness, Integer> counts) {
}
