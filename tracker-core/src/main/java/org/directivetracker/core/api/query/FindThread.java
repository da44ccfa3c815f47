package org.directivetracker.core.api.query;

/** One commune's thread on a directive: everything that happened on its assignment, in order. Answers a {@link ThreadView}, or null when the directive does not assign the commune. */
public record FindThread(String directiveId, String communeCode) {
}
