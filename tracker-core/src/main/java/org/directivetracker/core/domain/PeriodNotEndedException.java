package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A period closes only after its cut-off day has passed in the province (HTTP 409). */
public class PeriodNotEndedException extends DirectiveRuleViolation {

    public PeriodNotEndedException(String period, LocalDate cutOff) {
        super("the period " + period + " runs until its cut-off on " + cutOff + "; it can be closed from the day after");
    }
}
