package org.directivetracker.core.api.query;

/** Who caused an entry: the account, its role and, for a commune account, its commune. */
public record EntryActor(String account, String role, String commune) {
}
