package org.directivetracker.projections.threads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindNotifications;
import org.directivetracker.core.api.query.FindThread;
import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.NotificationView;
import org.directivetracker.core.api.query.ThreadView;
import org.directivetracker.projections.communes.CommuneDirectory;

/**
 * Answers a thread, an inbox and the notifications from the threads read model. The province's inbox and each side's
 * notifications are derived from every thread once per version of the read model; only the read marks are read per
 * request.
 */
public class ThreadQueries {

    private static final Object PROVINCE_INBOX = new Object();
    private static final Object NOTIFICATIONS = new Object();
    private static final String PROVINCE_AUDIENCE = "PROVINCE";
    /** Notifications a commune reads, but that wait for nothing from it: they stay out of its inbox. */
    private static final Set<String> FOR_INFORMATION = Set.of(ThreadKinds.ASSIGNED, ThreadKinds.DEADLINE_CHANGED,
            ThreadKinds.WITHDRAWN, ThreadKinds.CLOSED, ThreadKinds.OBSTACLE_REFERRED, ThreadKinds.EVIDENCE_ATTACHED);

    private final ThreadsReadModel threads;
    private final CommuneDirectory communes;
    private final NotificationReads reads;

    public ThreadQueries(ThreadsReadModel threads, CommuneDirectory communes, NotificationReads reads) {
        this.threads = threads;
        this.communes = communes;
        this.reads = reads;
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
    public List<InboxItem> handle(FindInbox query) {
        if (query.role() == Role.PROVINCE) {
            return threads.derived(PROVINCE_INBOX, this::provinceInbox);
        }
        if (query.role() == Role.COMMUNE) {
            return notificationsOf(query.communeCode(), query.account()).stream()
                    .filter(notification -> !notification.read() && !FOR_INFORMATION.contains(notification.kind()))
                    .sorted(Comparator.comparing(NotificationView::at))
                    .map(notification -> new InboxItem(notification.kind(), notification.directiveId(), notification.title(),
                            notification.commune(), notification.communeName(), notification.at(), notification.text(),
                            notification.details(), notification.id()))
                    .toList();
        }
        return List.of();
    }

    @QueryHandler
    public List<NotificationView> handle(FindNotifications query) {
        if (query.role() == Role.PROVINCE) {
            return notificationsOf(PROVINCE_AUDIENCE, query.account());
        }
        if (query.role() == Role.COMMUNE) {
            return notificationsOf(query.communeCode(), query.account());
        }
        if (query.role() == Role.DEPARTMENT && query.departmentCode() != null) {
            return notificationsOf(departmentAudience(query.departmentCode()), query.account());
        }
        return List.of();
    }

    private static String departmentAudience(String departmentCode) {
        return StoredEntry.DEPARTMENT + ":" + departmentCode;
    }

    /** Who reads a notification of the entry in this commune's thread: the province, a department or the commune. */
    private static String audienceOf(StoredEntry entry, String commune) {
        return switch (entry.notifies()) {
            case StoredEntry.PROVINCE -> PROVINCE_AUDIENCE;
            case StoredEntry.DEPARTMENT -> departmentAudience(entry.details().get("department"));
            default -> commune;
        };
    }

    /** The audience's notifications, newest first, with the account's read marks. */
    private List<NotificationView> notificationsOf(String audience, String account) {
        Map<String, List<NotificationView>> byAudience = threads.derived(NOTIFICATIONS, this::notificationsByAudience);
        List<NotificationView> unmarked = byAudience.getOrDefault(audience, List.of());
        Set<String> read = reads.readAmong(account, unmarked.stream().map(NotificationView::id).toList());
        return unmarked.stream().map(notification -> read.contains(notification.id()) ? withRead(notification) : notification).toList();
    }

    private static NotificationView withRead(NotificationView n) {
        return new NotificationView(n.id(), n.at(), n.kind(), n.directiveId(), n.title(), n.commune(), n.communeName(), n.text(),
                n.details(), n.actor(), true);
    }

    /** Items opened and not closed since, on active directives, oldest first. */
    private List<InboxItem> provinceInbox(Iterable<DirectiveThreads> all) {
        List<InboxItem> items = new ArrayList<>();
        for (DirectiveThreads directive : all) {
            if (!directive.active()) {
                continue;
            }
            for (String commune : directive.communes()) {
                Map<String, StoredEntry> open = new LinkedHashMap<>();
                for (StoredEntry entry : directive.threadOf(commune)) {
                    if (entry.closes() != null) {
                        open.remove(entry.closes());
                    }
                    if (entry.opens() != null) {
                        open.put(entry.opens(), entry);
                    }
                }
                open.values().forEach(entry -> items.add(new InboxItem(entry.kind(), directive.directiveId(), directive.title(),
                        commune, communes.nameOf(commune), entry.at(), entry.text(), entry.details(), null)));
            }
        }
        items.sort(Comparator.comparing(InboxItem::since).thenComparing(InboxItem::directiveId).thenComparing(InboxItem::commune));
        return List.copyOf(items);
    }

    /** Per audience (a commune code, a department, or the province), every entry that must be told to it, newest first. */
    private Map<String, List<NotificationView>> notificationsByAudience(Iterable<DirectiveThreads> all) {
        Map<String, List<NotificationView>> byAudience = new HashMap<>();
        for (DirectiveThreads directive : all) {
            List<String> assigned = directive.communes();
            for (StoredEntry entry : directive.entries()) {
                if (entry.notifies() == null) {
                    continue;
                }
                List<String> threadsOfEntry = entry.communes() == null ? assigned : entry.communes();
                for (String commune : threadsOfEntry) {
                    byAudience.computeIfAbsent(audienceOf(entry, commune), key -> new ArrayList<>()).add(new NotificationView(
                            entry.notificationId(directive.directiveId(), commune, threadsOfEntry.size() > 1),
                            entry.at(), entry.kind(), directive.directiveId(), directive.title(), commune, communes.nameOf(commune),
                            entry.text(), entry.details(), entry.actor(), false));
                }
            }
        }
        Comparator<NotificationView> newestFirst = Comparator.comparing(NotificationView::at).reversed()
                .thenComparing(NotificationView::id);
        Map<String, List<NotificationView>> sorted = new HashMap<>();
        byAudience.forEach((audience, list) -> sorted.put(audience, list.stream().sorted(newestFirst).toList()));
        return sorted;
    }
}
