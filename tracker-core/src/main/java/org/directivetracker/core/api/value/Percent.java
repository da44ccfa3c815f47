package org.directivetracker.core.api.value;

/** Progress of a commune on a directive, 0 to 100. */
public record Percent(int value) {

    public Percent {
        if (value < 0 || value > 100) {
            throw new InvalidValueException("percent", "must be between 0 and 100, got " + value);
        }
    }
}
