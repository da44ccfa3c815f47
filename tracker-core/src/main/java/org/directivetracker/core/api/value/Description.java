package org.directivetracker.core.api.value;

/** A long text (directive or obstacle description): 1 to 10,000 characters. */
public record Description(String value) {
    public static final int MAX_LENGTH = 10000;

    public Description {
        value = Texts.requireText("description", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
