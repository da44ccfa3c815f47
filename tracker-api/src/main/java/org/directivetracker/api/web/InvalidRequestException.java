package org.directivetracker.api.web;

import org.directivetracker.api.web.Problems.FieldError;

import java.util.List;

/** One or more fields of a request can never be valid (HTTP 400). */
public class InvalidRequestException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
