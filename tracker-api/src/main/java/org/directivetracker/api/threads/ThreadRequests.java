package org.directivetracker.api.threads;

import jakarta.validation.constraints.NotBlank;

/** Bodies of the thread's writes; lengths are the value types' rules. */
public final class ThreadRequests {
    private ThreadRequests() {
    }

    public record MessageRequest(@NotBlank String text) {
    }

    public record UrgeRequest(@NotBlank String note) {
    }
}
