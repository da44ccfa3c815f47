package org.directivetracker.api.handovers;

/** {@code POST /api/communes/{code}/handovers}: the outgoing and the incoming official's accounts, and a note. */
public record HandoverRequest(String from, String to, String note) {
}
