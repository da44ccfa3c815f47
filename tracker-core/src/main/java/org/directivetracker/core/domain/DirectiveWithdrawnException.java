package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A write on a withdrawn directive. */
public class DirectiveWithdrawnException extends DirectiveRuleViolation {

    DirectiveWithdrawnException(LocalDate withdrawnOn) {
        super("the directive was withdrawn on " + withdrawnOn + "; no further reports or decisions are accepted");
    }
}
