package org.directivetracker.api.notifications;

import org.directivetracker.api.pages.PageAdvice;
import org.directivetracker.api.pages.PageController;
import org.directivetracker.api.security.Actors;
import org.directivetracker.core.api.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A department has no inbox: every page's header shows it how many notifications it has not read (the reminders of the
 * referrals it has not answered in time).
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class, annotations = PageController.class)
public class DepartmentNotificationBadge {
    private final Notifications notifications;

    public DepartmentNotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Null for any account but a department's. */
    @ModelAttribute("departmentUnread")
    Long departmentUnread() {
        return Actors.of(SecurityContextHolder.getContext().getAuthentication())
                .filter(actor -> actor.role() == Role.DEPARTMENT)
                .map(notifications::unreadCount)
                .orElse(null);
    }
}
