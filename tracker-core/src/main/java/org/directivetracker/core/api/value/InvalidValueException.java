package org.directivetracker.core.api.value;

/** Bad input: a value that can never be valid, whatever the directive's state (HTTP 400). */
public class InvalidValueException extends IllegalArgumentException {
    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
