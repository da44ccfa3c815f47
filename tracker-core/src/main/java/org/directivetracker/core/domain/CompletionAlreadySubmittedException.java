package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A commune submits completion again while the previous submission still waits. */
public class CompletionAlreadySubmittedException extends DirectiveRuleViolation {

    CompletionAlreadySubmittedException(String communeCode, LocalDate submittedOn) {
        super("commune " + communeCode + " submitted its completion on " + submittedOn + " and it is waiting for the province; it cannot be submitted again until it is returned");
    }
}
