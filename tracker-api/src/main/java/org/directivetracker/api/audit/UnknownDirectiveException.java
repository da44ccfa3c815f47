package org.directivetracker.api.audit;

import org.directivetracker.core.domain.UnknownReferenceException;

/** Nothing is stored for the directive, or nothing up to the point asked for (HTTP 404). */
public class UnknownDirectiveException extends UnknownReferenceException {

    public UnknownDirectiveException(String message) {
        super(message);
    }
}
