package org.directivetracker.api.readmodels;

import org.directivetracker.core.domain.UnknownReferenceException;

/** A view asked for something that does not exist: an unknown commune, directive or read model (HTTP 404). */
public class ViewNotFoundException extends UnknownReferenceException {

    public ViewNotFoundException(String message) {
        super(message);
    }
}
