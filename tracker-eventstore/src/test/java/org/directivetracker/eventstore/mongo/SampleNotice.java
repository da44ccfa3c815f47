package org.directivetracker.eventstore.mongo;

/** A test payload for an event that belongs to no aggregate. */
record SampleNotice(String aggregateId, String reason) {
}
