package org.directivetracker.core.domain;

/** The command names something this directive does not have: a commune not assigned, an unknown obstacle (HTTP 404). */
public abstract class UnknownReferenceException extends RuntimeException {

    protected UnknownReferenceException(String message) {
        super(message);
    }
}
