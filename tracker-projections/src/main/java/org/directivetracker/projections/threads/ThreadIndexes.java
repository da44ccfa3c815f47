package org.directivetracker.projections.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.NotificationView;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.GroupedMaps;
import org.directivetracker.projections.readmodel.LastComputed;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;

/**
 * The province's inbox and each side's notifications, kept with the threads' copy: what one directive contributes
 * is a function of its threads alone, so a batch takes out what its directives contributed before and puts in what
 * they contribute now; the rest of the province is shared with the version before.
 */
final class ThreadIndexes {

    private static final String PROVINCE_AUDIENCE = "PROVINCE";
    /** Directives whose last items each index remembers: more than a province has open at once. */
    private static final int DIRECTIVES_REMEMBERED = 4_096;

    private ThreadIndexes() {
    }

    static String departmentAudience(String departmentCode) {
        return StoredEntry.DEPARTMENT + ":" + departmentCode;
    }

    /** Who reads a notification of the entry in this commune's thread: the province, a department or the commune. */
    static String audienceOf(StoredEntry entry, String commune) {
        return switch (entry.notifies()) {
            case StoredEntry.PROVINCE -> PROVINCE_AUDIENCE;
            case StoredEntry.DEPARTMENT -> departmentAudience(entry.details().get("department"));
            default -> commune;
        };
    }

    /** Where an item stands in the province's inbox: oldest first, then by directive, commune and entry. */
    record InboxKey(Instant since, String directiveId, String commune, long sequence) {
        static final Comparator<InboxKey> ORDER = Comparator.comparing(InboxKey::since).thenComparing(InboxKey::directiveId)
                .thenComparing(InboxKey::commune).thenComparingLong(InboxKey::sequence);
    }

    /** Where a notification stands in its audience's list: newest first, then by id. */
    record NotificationKey(Instant at, String id) {
        static final Comparator<NotificationKey> ORDER = Comparator.comparing(NotificationKey::at).reversed()
                .thenComparing(NotificationKey::id);
    }

    /**
     * An index of the threads that names communes from one directory: equal indexes are of one kind and one directory,
     * whatever each remembers of its last computations.
     */
    private abstract static class OfCommunes<R> implements Index<DirectiveThreads, R> {
        final CommuneDirectory communes;

        OfCommunes(CommuneDirectory communes) {
            this.communes = communes;
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass() && ((OfCommunes<?>) other).communes.equals(communes);
        }

        @Override
        public int hashCode() {
            return 31 * getClass().hashCode() + communes.hashCode();
        }
    }

    /** Items opened and not closed since, on active directives, oldest first. */
    static final class ProvinceInbox extends OfCommunes<PersistentSortedMap<InboxKey, InboxItem>> {

        /** A change's items before are those of the change before it: a busy directive's entries read once a change. */
        private final LastComputed<DirectiveThreads, Map<InboxKey, InboxItem>> lastItems = new LastComputed<>(DIRECTIVES_REMEMBERED);

        ProvinceInbox(CommuneDirectory communes) {
            super(communes);
        }

        @Override
        public PersistentSortedMap<InboxKey, InboxItem> build(Map<String, DirectiveThreads> values) {
            PersistentSortedMap<InboxKey, InboxItem> inbox = PersistentSortedMap.empty(InboxKey.ORDER);
            for (DirectiveThreads directive : values.values()) {
                for (Map.Entry<InboxKey, InboxItem> item : itemsOf(directive).entrySet()) {
                    inbox = inbox.with(item.getKey(), item.getValue());
                }
            }
            return inbox;
        }

        @Override
        public PersistentSortedMap<InboxKey, InboxItem> update(PersistentSortedMap<InboxKey, InboxItem> inbox,
                List<Change<DirectiveThreads>> changes) {
            for (Change<DirectiveThreads> change : changes) {
                Map<InboxKey, InboxItem> after = itemsOf(change.after());
                for (InboxKey gone : itemsOf(change.before()).keySet()) {
                    inbox = after.containsKey(gone) ? inbox : inbox.without(gone);
                }
                for (Map.Entry<InboxKey, InboxItem> item : after.entrySet()) {
                    inbox = item.getValue().equals(inbox.get(item.getKey())) ? inbox : inbox.with(item.getKey(), item.getValue());
                }
            }
            return inbox;
        }

        /** One directive's open items, by where they stand; none for an inactive or absent one. Not to be changed. */
        Map<InboxKey, InboxItem> itemsOf(DirectiveThreads directive) {
            if (directive == null || !directive.active()) {
                return Map.of();
            }
            return lastItems.of(directive.directiveId(), directive, this::openItemsOf);
        }

        /**
         * One pass over the entries, each applied to the threads it is in: a thread read per commune would read every
         * entry once per commune, and a busy directive to 64 communes is read at every change of it.
         */
        private Map<InboxKey, InboxItem> openItemsOf(DirectiveThreads directive) {
            Map<InboxKey, InboxItem> items = new LinkedHashMap<>();
            List<String> assigned = directive.communes();
            Map<String, Map<String, StoredEntry>> openByCommune = new LinkedHashMap<>();
            assigned.forEach(commune -> openByCommune.put(commune, new LinkedHashMap<>()));
            for (StoredEntry entry : directive.entries()) {
                if (entry.opens() == null && entry.closes() == null) {
                    continue;
                }
                for (String commune : entry.communes() == null ? assigned : entry.communes()) {
                    Map<String, StoredEntry> open = openByCommune.get(commune);
                    if (open == null) {
                        continue; // a commune the directive does not assign has no thread to list
                    }
                    if (entry.closes() != null) {
                        open.remove(entry.closes());
                    }
                    if (entry.opens() != null) {
                        open.put(entry.opens(), entry);
                    }
                }
            }
            openByCommune.forEach((commune, open) -> open.values().forEach(entry -> items.put(
                    new InboxKey(entry.at(), directive.directiveId(), commune, entry.sequence()),
                    new InboxItem(entry.kind(), directive.directiveId(), directive.title(), commune, communes.nameOf(commune),
                            entry.at(), entry.text(), entry.details(), null))));
            return Collections.unmodifiableMap(items);
        }
    }

    /** Per audience (a commune code, a department, or the province), every entry that must be told to it, newest first. */
    static final class Notifications
            extends OfCommunes<PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>>> {

        static final String PROVINCE = PROVINCE_AUDIENCE;

        /** A change's notifications before are those of the change before it, as for the inbox. */
        private final LastComputed<DirectiveThreads, List<Told>> lastTold = new LastComputed<>(DIRECTIVES_REMEMBERED);

        Notifications(CommuneDirectory communes) {
            super(communes);
        }

        @Override
        public PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>> build(
                Map<String, DirectiveThreads> values) {
            PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>> byAudience = PersistentSortedMap.empty();
            for (DirectiveThreads directive : values.values()) {
                for (Told told : toldBy(directive)) {
                    byAudience = with(byAudience, told);
                }
            }
            return byAudience;
        }

        @Override
        public PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>> update(
                PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>> byAudience,
                List<Change<DirectiveThreads>> changes) {
            for (Change<DirectiveThreads> change : changes) {
                List<Told> after = toldBy(change.after());
                java.util.Set<Told> kept = new java.util.HashSet<>(after);
                for (Told gone : toldBy(change.before())) {
                    if (!kept.remove(gone)) {
                        byAudience = GroupedMaps.without(byAudience, gone.audience(), gone.key());
                    }
                }
                for (Told told : after) {
                    if (kept.contains(told)) {
                        byAudience = with(byAudience, told);
                    }
                }
            }
            return byAudience;
        }

        private static PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>> with(
                PersistentSortedMap<String, PersistentSortedMap<NotificationKey, NotificationView>> byAudience, Told told) {
            return GroupedMaps.with(byAudience, told.audience(), told.key(), told.view(), NotificationKey.ORDER);
        }

        /** A notification and whom it tells; equal when the same words go to the same audience. */
        record Told(String audience, NotificationKey key, NotificationView view) {
        }

        /** Every notification one directive's entries make; none for an absent directive. Not to be changed. */
        List<Told> toldBy(DirectiveThreads directive) {
            return directive == null ? List.of() : lastTold.of(directive.directiveId(), directive, this::everyToldBy);
        }

        private List<Told> everyToldBy(DirectiveThreads directive) {
            List<Told> told = new ArrayList<>();
            List<String> assigned = directive.communes();
            for (StoredEntry entry : directive.entries()) {
                if (entry.notifies() == null) {
                    continue;
                }
                List<String> threadsOfEntry = entry.communes() == null ? assigned : entry.communes();
                for (String commune : threadsOfEntry) {
                    String audience = audienceOf(entry, commune);
                    String id = entry.notificationId(directive.directiveId(), commune, threadsOfEntry.size() > 1);
                    told.add(new Told(audience, new NotificationKey(entry.at(), id), new NotificationView(id, entry.at(), entry.kind(),
                            directive.directiveId(), directive.title(), commune, communes.nameOf(commune), entry.text(),
                            entry.details(), entry.actor(), false)));
                }
            }
            return Collections.unmodifiableList(told);
        }
    }
}
