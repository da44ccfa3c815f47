package org.directivetracker.core.domain;

import java.time.LocalDate;

/** Once the province accepted a commune's completion, the commune's work on the directive is closed. */
public class CompletionAlreadyAcceptedException extends DirectiveRuleViolation {

    CompletionAlreadyAcceptedException(String communeCode, LocalDate acceptedOn) {
        super("the completion of commune " + communeCode + " was accepted on " + acceptedOn + "; no further reports, requests or decisions are accepted for it");
    }
}
