package org.directivetracker.api.idempotency;

/** The answer a request with a key got the first time, kept to answer its retries identically. */
record StoredAnswer(int status, String contentType, String location, byte[] body) {
}
