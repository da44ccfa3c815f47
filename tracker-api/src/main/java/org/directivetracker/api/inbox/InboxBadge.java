package org.directivetracker.api.inbox;

import org.directivetracker.api.pages.PageAdvice;
import org.directivetracker.api.pages.PageController;
import org.directivetracker.api.security.Actors;
import org.directivetracker.core.api.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows how many items wait in the signed-in account's inbox. */
@ControllerAdvice(basePackageClasses = PageAdvice.class, annotations = PageController.class)
public class InboxBadge {
    private final Inbox inbox;

    public InboxBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Null for an account without an inbox (an auditor) or before sign-in. */
    @ModelAttribute("inboxCount")
    Integer inboxCount() {
        return Actors.of(SecurityContextHolder.getContext().getAuthentication())
                .filter(actor -> actor.role() == Role.PROVINCE || actor.role() == Role.COMMUNE)
                .map(inbox::countFor)
                .orElse(null);
    }
}
