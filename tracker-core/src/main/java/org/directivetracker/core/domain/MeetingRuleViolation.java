package org.directivetracker.core.domain;

/**
 * The command is well formed and permitted, but the meeting's record forbids it (HTTP 409, as a directive's rules).
 * Each rule has its own subclass; the message states the rule as the user reads it.
 */
public abstract class MeetingRuleViolation extends DirectiveRuleViolation {

    protected MeetingRuleViolation(String message) {
        super(message);
    }
}
