package org.directivetracker.core.domain;

/** The actor may not do this: wrong role, another commune's account, or an auditor writing (HTTP 403). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
