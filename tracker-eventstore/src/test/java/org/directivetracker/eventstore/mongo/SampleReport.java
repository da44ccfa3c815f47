package org.directivetracker.eventstore.mongo;

/** A test payload shaped like the application's progress reports: the store only ever sees it as JSON. */
record SampleReport(String aggregateId, String unitCode, int percent, String note) {
}
