package org.directivetracker.core.domain;

/** A commune acknowledges a directive once. */
public class AlreadyAcknowledgedException extends DirectiveRuleViolation {

    AlreadyAcknowledgedException(String communeCode) {
        super("commune " + communeCode + " has already acknowledged this directive");
    }
}
