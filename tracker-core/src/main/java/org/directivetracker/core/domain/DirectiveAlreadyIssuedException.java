package org.directivetracker.core.domain;

/** Issuing again an id that is already a directive, with another request id. */
public class DirectiveAlreadyIssuedException extends DirectiveRuleViolation {

    DirectiveAlreadyIssuedException(String directiveId) {
        super("directive " + directiveId + " has already been issued; choose a new id");
    }
}
