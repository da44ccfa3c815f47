package org.directivetracker.core.domain;

/** Assigning a commune that already has the directive. */
public class CommuneAlreadyAssignedException extends DirectiveRuleViolation {

    CommuneAlreadyAssignedException(String communeCode) {
        super("commune " + communeCode + " is already assigned this directive");
    }
}
