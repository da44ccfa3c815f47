package org.directivetracker.core.api.value;

/**
 * The shared rules of every free text: present, not blank to the eye, not longer than its limit, and only characters
 * that show what they are. Refused: a lone UTF-16 surrogate (it is stored as a different character than it is hashed
 * as), control characters other than line breaks and tabs (NUL, ESC: a terminal or a log reads them as commands) and
 * the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a text read
 * differently than it is stored.
 */
public final class Texts {
    private Texts() {
    }

    static String requireText(String field, String value, int maxLength) {
        if (value == null || looksBlank(value)) {
            throw new InvalidValueException(field, "must not be blank");
        }
        requirePlainCharacters(field, value);
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** An optional text (a reference, a field of work): absent or, when present, only characters that show. */
    public static String optionalText(String field, String value) {
        if (value != null) {
            requirePlainCharacters(field, value);
        }
        return value;
    }

    /** Refuses a text holding characters that do not show what they are (see the class comment). */
    public static void requirePlainCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new InvalidValueException(field, "holds an invalid character (a lone UTF-16 surrogate at " + i + ")");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidValueException(field, "holds a control character (U+" + hex(c) + " at " + i + ")");
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                throw new InvalidValueException(field, "holds a text-direction override (U+" + hex(c) + " at " + i + ")");
            }
        }
    }

    /** Blank once white space and the characters that print nothing (zero-width, fillers) are set aside. */
    static boolean looksBlank(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164
                || c == 0xFFA0 || c == 0x2800 || c == 0x034F);
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
