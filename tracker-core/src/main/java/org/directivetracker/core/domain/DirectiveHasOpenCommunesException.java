package org.directivetracker.core.domain;

import java.util.List;

/** Closing a directive while communes have not completed, without a note saying why. */
public class DirectiveHasOpenCommunesException extends DirectiveRuleViolation {

    DirectiveHasOpenCommunesException(List<String> openCommuneCodes) {
        super(openCommuneCodes.size() + " commune(s) have not completed (" + String.join(", ", openCommuneCodes)
                + "); closing the directive needs a note saying why");
    }
}
