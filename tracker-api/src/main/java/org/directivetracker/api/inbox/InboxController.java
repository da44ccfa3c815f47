package org.directivetracker.api.inbox;

import java.util.List;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.InboxItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/inbox}: {@code {items: [...]}}, oldest first, for the caller's role. */
@RestController
public class InboxController {
    private final Inbox inbox;

    public InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/inbox")
    public InboxAnswer inbox(Actor actor) {
        return new InboxAnswer(inbox.itemsFor(actor));
    }

    public record InboxAnswer(List<InboxItem> items) {
    }
}
