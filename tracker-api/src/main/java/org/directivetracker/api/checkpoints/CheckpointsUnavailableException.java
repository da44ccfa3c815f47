package org.directivetracker.api.checkpoints;

/** No signing key (or no directory) is configured on this instance: it cannot sign or show checkpoints. */
public class CheckpointsUnavailableException extends RuntimeException {
    public CheckpointsUnavailableException(String message) {
        super(message);
    }
}
