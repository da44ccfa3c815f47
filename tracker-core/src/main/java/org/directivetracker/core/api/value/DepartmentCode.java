package org.directivetracker.core.api.value;

/** The short code of a provincial department, as in the province's list of departments (e.g. {@code SXD}). */
public record DepartmentCode(String value) {

    public DepartmentCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9]{1,11}")) {
            throw new InvalidValueException("department",
                    "a department code is 2 to 12 capital letters or digits, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
