package org.directivetracker.core.domain;

/** Granting or denying an extension nobody asked for. */
public class NoOpenExtensionRequestException extends DirectiveRuleViolation {

    NoOpenExtensionRequestException(String communeCode) {
        super("commune " + communeCode + " has no open extension request");
    }
}
