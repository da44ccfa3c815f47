package org.directivetracker.core.api.event;

/**
 * A file was attached as evidence: on the assignment of {@code communeCode}, or on the directive itself when that is
 * null. The file's SHA-256 is in the payload, so the hash chain covers the file's content too; the thread entry shows
 * name, type, size and caption, and links the attachment id.
 */
public record EvidenceAttached(String directiveId, String communeCode, String attachmentId, String fileName,
                               String contentType, long size, String sha256, String caption)
        implements DirectiveEvent {
}
