package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A write on a closed directive. */
public class DirectiveClosedException extends DirectiveRuleViolation {

    DirectiveClosedException(LocalDate closedOn) {
        super("the directive was closed on " + closedOn + "; no further reports or decisions are accepted");
    }
}
