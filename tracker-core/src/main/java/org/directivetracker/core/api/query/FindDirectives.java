package org.directivetracker.core.api.query;

import java.time.LocalDate;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/**
 * Directive summaries, newest first. Every filter is optional (null). With a commune code only the directives assigned
 * to it are listed and each row holds that commune's assignment alone (a commune account's query always carries its
 * commune); timeliness and stage then filter that assignment, otherwise they keep a directive when any of its communes
 * matches. {@code search} matches title or reference, without diacritics. Answers a list of {@link DirectiveSummary}.
 */
public record FindDirectives(String communeCode, Timeliness timeliness, Stage stage, String search, LocalDate asOf) {
}
