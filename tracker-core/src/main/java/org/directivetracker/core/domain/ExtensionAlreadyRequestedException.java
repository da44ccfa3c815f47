package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A commune has one open extension request at a time. */
public class ExtensionAlreadyRequestedException extends DirectiveRuleViolation {

    ExtensionAlreadyRequestedException(String communeCode, LocalDate proposedDeadline) {
        super("commune " + communeCode + " already has an open extension request (to " + proposedDeadline + "); wait until the province grants or denies it");
    }
}
