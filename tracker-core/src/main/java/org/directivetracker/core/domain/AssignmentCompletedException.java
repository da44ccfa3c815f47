package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A commune whose completion was accepted has no open work to be urged on. */
public class AssignmentCompletedException extends DirectiveRuleViolation {

    AssignmentCompletedException(String communeCode, LocalDate acceptedOn) {
        super("commune " + communeCode + " completed this directive (accepted on " + acceptedOn + "); there is nothing left to urge");
    }
}
