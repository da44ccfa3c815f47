package org.directivetracker.core.api.query;

import java.time.LocalDate;

/** The province's communes with their counts per timeliness as of {@code asOf}; {@code search} (optional) matches the name without diacritics or the code. Answers a list of {@link CommuneRegistryEntry}. */
public record FindCommuneRegistry(LocalDate asOf, String search) {
}
