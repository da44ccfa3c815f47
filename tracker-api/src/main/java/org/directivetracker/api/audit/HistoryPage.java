package org.directivetracker.api.audit;

import java.util.List;

/**
 * A page of a directive's history, oldest first.
 *
 * @param from  the first sequence asked for
 * @param limit the most events a page holds
 * @param next  the address of the next page, or null when this page reaches the end of the history
 */
public record HistoryPage(String directiveId, long from, int limit, List<HistoryEntry> events, String next) {
}
