package org.directivetracker.api.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as an auditor reads it.
 *
 * @param type    the event's simple name, e.g. {@code ProgressReported}
 * @param actor   who caused it, from the metadata stored with it
 * @param commune the commune it concerns ({@code communeCode} of its payload); null for a directive-level event
 * @param payload the payload exactly as stored, parsed
 * @param hash    its link in the directive's hash chain
 */
public record HistoryEntry(long sequence, String type, Instant occurredAt, EventActor actor, String commune,
                           JsonNode payload, String hash) {

    /** Who acted, as recorded; fields are null when the event carries none (e.g. written before accounts existed). */
    public record EventActor(String account, String role, String commune) {
    }
}
