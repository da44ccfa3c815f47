package org.directivetracker.core.domain;

/** Accepting or returning a completion when none waits. */
public class NothingSubmittedException extends DirectiveRuleViolation {

    NothingSubmittedException(String communeCode) {
        super("commune " + communeCode + " has no completion waiting for acceptance");
    }
}
