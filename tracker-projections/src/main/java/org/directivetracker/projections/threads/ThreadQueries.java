package org.directivetracker.projections.threads;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindNotifications;
import org.directivetracker.core.api.query.FindThread;
import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.InboxView;
import org.directivetracker.core.api.query.NotificationView;
import org.directivetracker.core.api.query.ThreadView;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.PersistentSortedMap;

/**
 * Answers a thread, an inbox and the notifications from the threads read model. The province's inbox and each side's
 * notifications are indexes kept with the read model's copy, brought up to date from the directives each batch
 * changed; only the read marks are read per request.
 */
public class ThreadQueries {

    /** Notifications a commune reads, but that wait for nothing from it: they stay out of its inbox. */
    private static final Set<String> FOR_INFORMATION = Set.of(ThreadKinds.ASSIGNED, ThreadKinds.DEADLINE_CHANGED,
            ThreadKinds.WITHDRAWN, ThreadKinds.CLOSED, ThreadKinds.OBSTACLE_REFERRED, ThreadKinds.EVIDENCE_ATTACHED);

    private final ThreadsReadModel threads;
    private final CommuneDirectory communes;
    private final NotificationReads reads;
    private final ThreadIndexes.ProvinceInbox provinceInbox;
    private final ThreadIndexes.Notifications notifications;

    public ThreadQueries(ThreadsReadModel threads, CommuneDirectory communes, NotificationReads reads) {
        this.threads = threads;
        this.communes = communes;
        this.reads = reads;
        this.provinceInbox = new ThreadIndexes.ProvinceInbox(communes);
        this.notifications = new ThreadIndexes.Notifications(communes);
    }

    @QueryHandler
    public ThreadView handle(FindThread query) {
        return threads.find(query.directiveId())
                .filter(directive -> directive.assigns(query.communeCode()))
                .map(directive -> new ThreadView(directive.directiveId(), directive.title(), query.communeCode(),
                        communes.nameOf(query.communeCode()), directive.withdrawn(), directive.closed(),
                        directive.threadOf(query.communeCode()).stream().map(StoredEntry::view).toList()))
                .orElse(null);
    }

    @QueryHandler
    public InboxView handle(FindInbox query) {
        int limit = query.limit() == null ? Integer.MAX_VALUE : query.limit();
        if (query.role() == Role.PROVINCE) {
            if (query.directiveId() != null) { // one directive's items come from its threads, not from a pass over the province
                Map<ThreadIndexes.InboxKey, InboxItem> items = new TreeMap<>(ThreadIndexes.InboxKey.ORDER);
                items.putAll(provinceInbox.itemsOf(threads.find(query.directiveId()).orElse(null)));
                return oldest(items.values(), limit);
            }
            PersistentSortedMap<?, InboxItem> inbox = threads.index(provinceInbox);
            return new InboxView(inbox.values().stream().limit(limit).toList(), inbox.size());
        }
        if (query.role() == Role.COMMUNE) {
            return oldest(unreadWaitingOn(query.communeCode(), query.account(), query.directiveId()).stream()
                    .map(notification -> new InboxItem(notification.kind(), notification.directiveId(), notification.title(),
                            notification.commune(), notification.communeName(), notification.at(), notification.text(),
                            notification.details(), notification.id()))
                    .toList(), limit);
        }
        return new InboxView(List.of(), 0);
    }

    private static InboxView oldest(Collection<InboxItem> items, int limit) {
        return new InboxView(items.stream().limit(limit).toList(), items.size());
    }

    /**
     * The commune's notifications that wait on it and the account has not read, oldest first. Read marks are looked up
     * for these only: a commune is told of every assignment too, thousands in a large province.
     */
    private List<NotificationView> unreadWaitingOn(String commune, String account, String directiveId) {
        Map<?, NotificationView> ofAudience = threads.index(notifications).get(commune);
        if (ofAudience == null) {
            return List.of();
        }
        List<NotificationView> waiting = ofAudience.values().stream()
                .filter(notification -> !FOR_INFORMATION.contains(notification.kind()))
                .filter(notification -> directiveId == null || directiveId.equals(notification.directiveId()))
                .sorted(Comparator.comparing(NotificationView::at))
                .toList();
        Set<String> read = reads.readAmong(account, waiting.stream().map(NotificationView::id).toList());
        return waiting.stream().filter(notification -> !read.contains(notification.id())).toList();
    }

    @QueryHandler
    public List<NotificationView> handle(FindNotifications query) {
        if (query.role() == Role.PROVINCE) {
            return notificationsOf(ThreadIndexes.Notifications.PROVINCE, query.account());
        }
        if (query.role() == Role.COMMUNE) {
            return notificationsOf(query.communeCode(), query.account());
        }
        if (query.role() == Role.DEPARTMENT && query.departmentCode() != null) {
            return notificationsOf(ThreadIndexes.departmentAudience(query.departmentCode()), query.account());
        }
        return List.of();
    }

    /** The audience's notifications, newest first, with the account's read marks. */
    private List<NotificationView> notificationsOf(String audience, String account) {
        Map<?, NotificationView> ofAudience = threads.index(notifications).get(audience);
        List<NotificationView> unmarked = ofAudience == null ? List.of() : List.copyOf(ofAudience.values());
        Set<String> read = reads.readAmong(account, unmarked.stream().map(NotificationView::id).toList());
        return unmarked.stream().map(notification -> read.contains(notification.id()) ? withRead(notification) : notification).toList();
    }

    private static NotificationView withRead(NotificationView n) {
        return new NotificationView(n.id(), n.at(), n.kind(), n.directiveId(), n.title(), n.commune(), n.communeName(), n.text(),
                n.details(), n.actor(), true);
    }

}
