package org.directivetracker.api.evidence;

/** The answer of an upload: the attachment's id and what the store holds. */
public record AttachmentAnswer(String attachmentId, String sha256, long size, String contentType) {
}
