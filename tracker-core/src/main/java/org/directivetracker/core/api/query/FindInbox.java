package org.directivetracker.core.api.query;

import org.directivetracker.core.api.Role;

/**
 * What waits on the caller, oldest first. For the province: extension requests, completions awaiting confirmation and
 * obstacles waiting on it. For a commune ({@code communeCode}): the province's answers, urgings and messages that
 * {@code account} has not read (new assignments and deadline changes are notifications only). With a
 * {@code directiveId} only that directive's items; with a {@code limit} only the oldest that many (0: none, the total
 * alone). Answers an {@link InboxView} whose total counts every item the filter keeps.
 */
public record FindInbox(Role role, String communeCode, String account, String directiveId, Integer limit) {

    /** Every item that waits on the caller. */
    public FindInbox(Role role, String communeCode, String account) {
        this(role, communeCode, account, null, null);
    }
}
