package org.directivetracker.core.api.value;

import java.util.regex.Pattern;

/**
 * A file as the evidence store holds it: the name the sender gave it, the content type found in its bytes, its size in
 * bytes and the SHA-256 of its content (64 lowercase hex digits), by which the store finds it.
 */
public record EvidenceFile(String name, String contentType, long size, String sha256) {

    public static final int MAX_NAME_LENGTH = 255;
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceFile {
        name = Texts.requireText("file", name, MAX_NAME_LENGTH);
        contentType = Texts.requireText("contentType", contentType, 200);
        if (size <= 0) {
            throw new InvalidValueException("file", "must not be empty");
        }
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new InvalidValueException("sha256", "a SHA-256 digest has 64 lowercase hex digits, got '" + sha256 + "'");
        }
    }
}
