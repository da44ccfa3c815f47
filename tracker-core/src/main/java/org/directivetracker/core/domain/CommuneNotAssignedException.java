package org.directivetracker.core.domain;

/** The commune named by a command is not assigned this directive. */
public class CommuneNotAssignedException extends UnknownReferenceException {

    CommuneNotAssignedException(String directiveId, String communeCode) {
        super("commune " + communeCode + " is not assigned directive " + directiveId);
    }
}
