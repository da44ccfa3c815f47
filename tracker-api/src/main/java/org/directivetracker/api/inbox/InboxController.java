package org.directivetracker.api.inbox;

import org.directivetracker.api.web.InputText;
import org.directivetracker.api.web.QueryBounds;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.InboxView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inbox}: {@code {items: [...], total, limited}}, oldest first, for the caller's role; {@code limit}
 * keeps the oldest that many, {@code directive} only one directive's items, and {@code total} counts every item kept
 * by the filter.
 */
@RestController
public class InboxController {
    private final Inbox inbox;

    public InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/inbox")
    public InboxView inbox(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String directive, Actor actor) {
        return inbox.itemsFor(actor, InputText.orNull(directive), QueryBounds.rows("limit", limit));
    }
}
