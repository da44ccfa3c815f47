package org.directivetracker.api.inbox;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.InboxItem;
import org.springframework.stereotype.Service;

/** What waits on the signed-in account, oldest first: the province's decisions, or a commune's unread answers. */
@Service
public class Inbox {
    private final ViewQueries views;

    public Inbox(ViewQueries views) {
        this.views = views;
    }

    public List<InboxItem> itemsFor(Actor actor) {
        return views.ask(new FindInbox(actor.role(), actor.commune() == null ? null : actor.commune().value(), actor.account()),
                ResponseTypes.multipleInstancesOf(InboxItem.class));
    }
}
