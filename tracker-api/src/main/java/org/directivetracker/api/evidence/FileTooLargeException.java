package org.directivetracker.api.evidence;

/** An uploaded file is larger than {@code tracker.evidence.max-file-size} (HTTP 413); nothing was stored. */
public class FileTooLargeException extends RuntimeException {
    private final long maxBytes;

    FileTooLargeException(long maxBytes) {
        super("file larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
