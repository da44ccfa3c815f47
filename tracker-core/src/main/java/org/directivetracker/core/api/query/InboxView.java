package org.directivetracker.core.api.query;

import java.util.List;

/** The items an inbox query asked for, oldest first, and how many the inbox holds under its filter. */
public record InboxView(List<InboxItem> items, int total) {

    public InboxView {
        items = List.copyOf(items);
    }

    /** Whether items were left out by the query's limit. */
    public boolean isLimited() {
        return items.size() < total;
    }
}
