package org.directivetracker.core.domain;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request ids a directive has applied, each with the result its command returned (a created id, or null), so
 * that a retried command adds no event and answers as the first one did.
 * <p>
 * Bounded to the most recent {@link #LIMIT} request ids: the memory is part of every snapshot, so it must not grow
 * with the stream. A retry arrives seconds or minutes after its first attempt, long before a directive sees a
 * thousand further writes.
 */
class AppliedRequests {

    static final int LIMIT = 1000;

    /** Insertion-ordered, so the eldest entry is the one to forget first. */
    private LinkedHashMap<String, String> resultsByRequestId = new LinkedHashMap<>();

    boolean contains(String requestId) {
        return requestId != null && resultsByRequestId.containsKey(requestId);
    }

    String resultOf(String requestId) {
        return resultsByRequestId.get(requestId);
    }

    /** Keeps the first result of a request id: one command may apply several events carrying the same id. */
    void remember(String requestId, String result) {
        if (requestId == null || resultsByRequestId.containsKey(requestId)) {
            return;
        }
        resultsByRequestId.put(requestId, result);
        Iterator<Map.Entry<String, String>> eldestFirst = resultsByRequestId.entrySet().iterator();
        while (resultsByRequestId.size() > LIMIT) {
            eldestFirst.next();
            eldestFirst.remove();
        }
    }

    int size() {
        return resultsByRequestId.size();
    }

    /** Equal when the same requests were applied in the same order, with the same results. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AppliedRequests that
                && List.copyOf(resultsByRequestId.keySet()).equals(List.copyOf(that.resultsByRequestId.keySet()))
                && resultsByRequestId.equals(that.resultsByRequestId);
    }

    @Override
    public int hashCode() {
        return resultsByRequestId.hashCode();
    }
}
