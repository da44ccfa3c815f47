package org.directivetracker.core.domain;

/**
 * The command is well formed and permitted, but the directive's current state forbids it (HTTP 409). Each rule of
 * the directive has its own subclass; the message states the rule as the user reads it.
 */
public abstract class DirectiveRuleViolation extends RuntimeException {

    protected DirectiveRuleViolation(String message) {
        super(message);
    }
}
