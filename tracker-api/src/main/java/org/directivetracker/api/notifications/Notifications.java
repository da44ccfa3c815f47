package org.directivetracker.api.notifications;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.FindNotifications;
import org.directivetracker.core.api.query.NotificationView;
import org.directivetracker.projections.threads.NotificationReads;
import org.springframework.stereotype.Service;

/** The signed-in account's notifications and its read marks. */
@Service
public class Notifications {
    private final ViewQueries views;
    private final NotificationReads reads;

    public Notifications(ViewQueries views, NotificationReads reads) {
        this.views = views;
        this.reads = reads;
    }

    public List<NotificationView> of(Actor actor) {
        return views.ask(new FindNotifications(actor.role(), actor.commune() == null ? null : actor.commune().value(), actor.account(),
                        actor.department() == null ? null : actor.department().value()),
                ResponseTypes.multipleInstancesOf(NotificationView.class));
    }

    public long unreadCount(Actor actor) {
        return of(actor).stream().filter(notification -> !notification.read()).count();
    }

    /** Marks one of the account's own notifications read; another's, or an unknown id, is not found. */
    public void markRead(Actor actor, String notificationId) {
        boolean own = of(actor).stream().anyMatch(notification -> notification.id().equals(notificationId));
        if (!own) {
            throw new ViewNotFoundException("account " + actor.account() + " has no notification " + notificationId);
        }
        reads.markRead(actor.account(), notificationId);
    }
}
