package org.directivetracker.core.domain;

/** A period is closed once; its figures never change afterwards (HTTP 409, as every rule a state forbids). */
public class PeriodAlreadyClosedException extends DirectiveRuleViolation {

    public PeriodAlreadyClosedException(String period) {
        super("the period " + period + " is already closed; its figures are frozen and later events show as differences");
    }
}
