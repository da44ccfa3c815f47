package org.directivetracker.eventstore.chain;

/**
 * Texts the chain may hash: only well-formed UTF-16. A lone surrogate has no UTF-8 form, so the hash (Java's encoder
 * writes '?') and the stored document (the driver writes U+FFFD) would cover different bytes, and the event would
 * read as tampered for ever. Such a text is refused before anything is stored.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The text itself, or an {@link IllegalArgumentException} naming {@code what} and where it is malformed. */
    public static String requireWellFormed(String what, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " holds a lone UTF-16 surrogate at index " + i
                        + "; it cannot be stored as it is hashed");
            }
        }
        return text;
    }
}
