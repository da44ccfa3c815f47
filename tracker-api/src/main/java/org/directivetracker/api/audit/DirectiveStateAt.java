package org.directivetracker.api.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.directivetracker.core.api.query.DirectiveProgressView;

import java.time.Instant;

/**
 * A directive as it stood at an instant, replayed from its stored events: the fields of the directive progress view
 * (timeliness judged on that instant's day in the province), plus the last event folded in and the instant.
 */
public record DirectiveStateAt(@JsonUnwrapped DirectiveProgressView directive, long asOfSequence, Instant at) {
}
