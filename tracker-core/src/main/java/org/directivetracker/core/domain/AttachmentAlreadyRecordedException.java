package org.directivetracker.core.domain;

/** Attachment ids are unique within a directive. */
public class AttachmentAlreadyRecordedException extends DirectiveRuleViolation {

    AttachmentAlreadyRecordedException(String attachmentId) {
        super("an attachment with id " + attachmentId + " is already recorded on this directive");
    }
}
