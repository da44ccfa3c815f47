package org.directivetracker.api.evidence;

/** An uploaded file's content is of no accepted type (HTTP 415); nothing was stored. */
public class UnsupportedFileException extends RuntimeException {

    UnsupportedFileException() {
        super("the file's content is not a photo, a PDF or an office document");
    }
}
