package org.directivetracker.api.web;

/** A text a client sent in a form field or a query parameter, where an empty one means that nothing was given. */
public final class InputText {

    private InputText() {
    }

    /** The text without its surrounding spaces, or null when it is absent or blank. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
