package org.directivetracker.core.api.query;

import org.directivetracker.core.api.Role;

/**
 * What the reader must see, newest first, with the account's read marks: for the province and a commune
 * ({@code communeCode}) what the other side did and their reminders; for a department ({@code departmentCode}) the
 * reminders of referrals it has not answered in time. Answers a list of {@link NotificationView}.
 */
public record FindNotifications(Role role, String communeCode, String account, String departmentCode) {

    /** For an account bound to no department. */
    public FindNotifications(Role role, String communeCode, String account) {
        this(role, communeCode, account, null);
    }
}
