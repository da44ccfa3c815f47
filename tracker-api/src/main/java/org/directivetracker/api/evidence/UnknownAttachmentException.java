package org.directivetracker.api.evidence;

import org.directivetracker.core.domain.UnknownReferenceException;

/** No attachment of that id where the path says (HTTP 404). */
public class UnknownAttachmentException extends UnknownReferenceException {

    UnknownAttachmentException(String directiveId, String attachmentId) {
        super("directive " + directiveId + " has no attachment " + attachmentId + " there");
    }
}
