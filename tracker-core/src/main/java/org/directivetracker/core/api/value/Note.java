package org.directivetracker.core.api.value;

/** A note, reason, summary or resolution: 1 to 2,000 characters. */
public record Note(String value) {
    public static final int MAX_LENGTH = 2000;

    public Note {
        value = Texts.requireText("note", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
