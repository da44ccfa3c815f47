package org.directivetracker.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A file attached to a directive, as its {@code EvidenceAttached} event recorded it: on a commune's assignment, or on
 * the directive itself when {@code commune} is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(String attachmentId, String directiveId, String commune, String fileName, String contentType,
                         long size, String sha256, String caption, Instant attachedAt, String attachedBy,
                         long sequence) {

    public boolean isImage() {
        return FileTypes.isImage(contentType);
    }

    /** Where the file is downloaded, with the read rights of what it is attached to. */
    public String href() {
        return commune == null ? "/api/directives/" + directiveId + "/attachments/" + attachmentId
                : "/api/directives/" + directiveId + "/communes/" + commune + "/attachments/" + attachmentId;
    }
}
