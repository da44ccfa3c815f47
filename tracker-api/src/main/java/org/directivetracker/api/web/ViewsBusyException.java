package org.directivetracker.api.web;

import java.time.Duration;

/** A view did not answer a read in time: the service is busy, nothing is wrong with the request; it may be asked again. */
public class ViewsBusyException extends RuntimeException {

    /** The seconds a client is asked to wait before it reads again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public ViewsBusyException(String query, Duration waited) {
        super("no view answered " + query + " within " + waited);
    }
}
