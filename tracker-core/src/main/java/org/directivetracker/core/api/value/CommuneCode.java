package org.directivetracker.core.api.value;

/** The 5-digit code of a commune or ward in the national list of administrative units. */
public record CommuneCode(String value) {

    public CommuneCode {
        if (value == null || !value.matches("\\d{5}")) {
            throw new InvalidValueException("commune", "a commune code has exactly 5 digits, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
