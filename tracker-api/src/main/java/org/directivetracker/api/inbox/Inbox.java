package org.directivetracker.api.inbox;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.InboxView;
import org.springframework.stereotype.Service;

/** What waits on the signed-in account, oldest first: the province's decisions, or a commune's unread answers. */
@Service
public class Inbox {
    private final ViewQueries views;

    public Inbox(ViewQueries views) {
        this.views = views;
    }

    /** The oldest {@code limit} items (every one when null) of one directive, or of all when it is null, with their total. */
    public InboxView itemsFor(Actor actor, String directiveId, Integer limit) {
        return views.ask(new FindInbox(actor.role(), actor.commune() == null ? null : actor.commune().value(), actor.account(),
                directiveId, limit), ResponseTypes.instanceOf(InboxView.class));
    }

    /** How many items wait, without reading them. */
    public int countFor(Actor actor) {
        return itemsFor(actor, null, 0).total();
    }
}
