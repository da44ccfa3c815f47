package org.directivetracker.core.api.query;

import org.directivetracker.core.api.Role;

/**
 * What waits on the caller, oldest first. For the province: extension requests, completions awaiting confirmation and
 * obstacles waiting on it. For a commune ({@code communeCode}): the province's answers, urgings and messages that
 * {@code account} has not read (new assignments and deadline changes are notifications only). Answers a list of {@link InboxItem}.
 */
public record FindInbox(Role role, String communeCode, String account) {
}
