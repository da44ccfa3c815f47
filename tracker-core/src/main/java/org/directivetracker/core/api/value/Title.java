package org.directivetracker.core.api.value;

/** A directive's title: 1 to 200 characters. */
public record Title(String value) {
    public static final int MAX_LENGTH = 200;

    public Title {
        value = Texts.requireText("title", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
