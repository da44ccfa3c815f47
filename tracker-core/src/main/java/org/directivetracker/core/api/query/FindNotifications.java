package org.directivetracker.core.api.query;

import org.directivetracker.core.api.Role;

/** What the other side did that the reader must see, newest first, with the account's read marks. Answers a list of {@link NotificationView}. */
public record FindNotifications(Role role, String communeCode, String account) {
}
