package org.directivetracker.core.domain;

/** Only the official who took over at the last handover can hand the commune over next (HTTP 409). */
public class HandoverFromWrongOfficialException extends DirectiveRuleViolation {

    HandoverFromWrongOfficialException(String officialInCharge, String outgoing) {
        super("account '" + officialInCharge + "' took over this commune at the last handover; '" + outgoing
              + "' cannot hand it over");
    }
}
