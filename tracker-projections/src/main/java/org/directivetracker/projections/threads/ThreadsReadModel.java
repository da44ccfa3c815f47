package org.directivetracker.projections.threads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.directivetracker.core.api.query.EntryActor;
import org.directivetracker.projections.readmodel.Bson;
import org.directivetracker.projections.readmodel.FieldUpserts;
import org.directivetracker.projections.readmodel.IdLookups;
import org.directivetracker.projections.readmodel.ReadModelCollections;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

import com.mongodb.client.model.Filters;

/**
 * Every commune's thread, in two collections: per directive its title, priority and whether it was withdrawn or
 * closed ({@value #DIRECTIVES}, {@code _id} = directive id), and one document per entry ({@value #ENTRIES}, {@code _id}
 * = the entry's key and the directive id, see {@link #entryId}). An entry is never changed once written, and a
 * redelivered event writes the same entry to the same place, so the read model is idempotent without remembering a last
 * sequence; and a report costs one small document, not the rewrite of a directive's whole history. Reminders come from
 * other streams, whose sequences mean nothing here: they are keyed by the reminder's key, and take their place in the
 * thread by time. Reads come from this instance's copy, brought up to date from the entries a batch wrote; inboxes and
 * notifications are indexes kept with it ({@link ThreadIndexes}).
 */
public final class ThreadsReadModel {

    /** A new name for the entries' own documents: the first start builds it from the first event. */
    public static final String NAME = "thread-entries";
    static final String DIRECTIVES = "directives";
    static final String ENTRIES = "entries";
    public static final ReadModelRegistration<ThreadsReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DIRECTIVES, ENTRIES), ThreadsReadModel::new, ThreadsProjection::new);

    private final ReadModelContext.Batches<Writes> batches;
    private final ReadModelCopy<DirectiveThreads> copy;

    public ThreadsReadModel(ReadModelContext context) {
        this.batches = context.batches(messages -> new Writes(new FieldUpserts(context, DIRECTIVES), new FieldUpserts(context, ENTRIES)));
        this.copy = context.copy(new ThreadsLoader());
    }

    /** A batch's writes: the directives' fields, and the entries, each a document of its own. */
    private record Writes(FieldUpserts directives, FieldUpserts entries) implements ReadModelContext.Pending {
        @Override
        public void write() {
            entries.write(); // before the directives: a directive's fields never name an entry that is not there
            directives.write();
        }
    }

    public void nameDirective(String directiveId, String title, String priority) {
        set(directiveId, "title", title);
        set(directiveId, "priority", priority);
    }

    public void markWithdrawn(String directiveId) {
        set(directiveId, "withdrawn", true);
    }

    public void markClosed(String directiveId) {
        set(directiveId, "closed", true);
    }

    public void record(String directiveId, NewEntry entry) {
        StoredEntry stored = entry.build();
        String id = entryId(directiveId, stored);
        Document fields = write(stored).append("directiveId", directiveId);
        batches.handle(batch -> fields.forEach((field, value) -> batch.entries().set(id, field, value)));
    }

    private void set(String directiveId, String field, Object value) {
        batches.handle(batch -> batch.directives().set(directiveId, field, value));
    }

    /**
     * An entry's {@code _id} and key in the change log: {@code e<sequence>} for an event of the directive, {@code r}
     * and the reminder's key (its '/' and '%' escaped) for a reminder; then '/' and the directive id, which may hold
     * any character, so the key is read up to its first '/'.
     */
    static String entryId(String directiveId, StoredEntry entry) {
        String key = entry.isReminder() ? "r" + entry.reminderId().replace("%", "%25").replace("/", "%2F") : "e" + entry.sequence();
        return key + "/" + directiveId;
    }

    /** The directive id of an entry's key, null for a key that names a directive. */
    private static String directiveOfEntry(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? null : key.substring(slash + 1);
    }

    /** The directive's threads as of the last batch written, if any event of it was recorded. */
    public Optional<DirectiveThreads> find(String directiveId) {
        return Optional.ofNullable(copy.current().get(directiveId));
    }

    public Collection<DirectiveThreads> all() {
        return copy.current().values();
    }

    /** An index of every directive's threads, kept up to date from what each batch changed (see {@link ReadModelCopy.Index}). */
    public <R> R index(ReadModelCopy.Index<DirectiveThreads, R> index) {
        return copy.index(index);
    }

    /**
     * Reads threads back: whole, or after a batch only the directives' fields and the entries it logged, added to the
     * entries the copy held before (entries never change, so those still hold).
     */
    private static final class ThreadsLoader implements ReadModelCopy.Loader<DirectiveThreads> {

        @Override
        public Map<String, DirectiveThreads> all(ReadModelCollections collections) {
            return assemble(collections.get(DIRECTIVES).find().batchSize(ReadModelCopy.SCAN_BATCH),
                    collections.get(ENTRIES).find().batchSize(ReadModelCopy.SCAN_BATCH), Map.of());
        }

        @Override
        public Map<String, DirectiveThreads> byKeys(ReadModelCollections collections, Collection<String> directiveIds) {
            return assemble(IdLookups.byIds(collections.get(DIRECTIVES), directiveIds, null),
                    collections.get(ENTRIES).find(Filters.in("directiveId", directiveIds)), Map.of());
        }

        @Override
        public Map<String, DirectiveThreads> afterChanges(ReadModelCollections collections, Set<String> logged,
                Map<String, DirectiveThreads> before) {
            Set<String> directiveIds = new LinkedHashSet<>();
            List<String> entryIds = new ArrayList<>();
            for (String key : logged) {
                String directiveId = directiveOfEntry(key);
                if (directiveId == null) {
                    directiveIds.add(key);
                } else {
                    entryIds.add(key);
                }
            }
            Map<String, DirectiveThreads> after = assemble(IdLookups.byIds(collections.get(DIRECTIVES), directiveIds, null),
                    IdLookups.byIds(collections.get(ENTRIES), entryIds, null), before);
            Map<String, DirectiveThreads> changed = new LinkedHashMap<>();
            for (String key : logged) {
                String ofEntry = directiveOfEntry(key);
                String directiveId = ofEntry == null ? key : ofEntry;
                changed.put(directiveId, after.getOrDefault(directiveId, before.get(directiveId))); // nothing is deleted
            }
            return changed;
        }

        /**
         * The threads of the directives named by these documents: the directives' fields found (or as before), the
         * entries before and those found (an entry found replaces the one of the same key).
         */
        private static Map<String, DirectiveThreads> assemble(Iterable<Document> directives, Iterable<Document> entries,
                Map<String, DirectiveThreads> before) {
            Map<String, Document> fields = new HashMap<>();
            directives.forEach(directive -> fields.put(directive.getString("_id"), directive));
            Map<String, Map<String, StoredEntry>> entriesByDirective = new HashMap<>();
            for (Document entry : entries) {
                String directiveId = entry.getString("directiveId");
                entriesByDirective.computeIfAbsent(directiveId, id -> earlierEntries(before.get(id)))
                        .put(entry.getString("_id"), readEntry(entry));
            }
            Set<String> ids = new LinkedHashSet<>(fields.keySet());
            ids.addAll(entriesByDirective.keySet());
            Map<String, DirectiveThreads> threads = new HashMap<>();
            for (String id : ids) {
                DirectiveThreads previous = before.get(id);
                Map<String, StoredEntry> all = entriesByDirective.computeIfAbsent(id, key -> earlierEntries(previous));
                Document directive = fields.get(id);
                threads.put(id, directive == null && previous != null
                        ? new DirectiveThreads(id, previous.title(), previous.priority(), previous.withdrawn(), previous.closed(), inTimeOrder(all.values()))
                        : threadsOf(id, directive == null ? new Document() : directive, all.values()));
            }
            return threads;
        }

        private static Map<String, StoredEntry> earlierEntries(DirectiveThreads previous) {
            Map<String, StoredEntry> entries = new HashMap<>();
            if (previous != null) {
                previous.entries().forEach(entry -> entries.put(entryId(previous.directiveId(), entry), entry));
            }
            return entries;
        }
    }

    private static DirectiveThreads threadsOf(String directiveId, Document directive, Collection<StoredEntry> entries) {
        return new DirectiveThreads(directiveId, directive.getString("title"), directive.getString("priority"),
                directive.getBoolean("withdrawn", false), directive.getBoolean("closed", false), inTimeOrder(entries));
    }

    private static Document write(StoredEntry entry) {
        Document actor = new Document("account", entry.actor().account()).append("role", entry.actor().role())
                .append("commune", entry.actor().commune());
        return new Document("sequence", entry.sequence())
                .append("at", Bson.instant(entry.at()))
                .append("kind", entry.kind())
                .append("actor", actor)
                .append("communes", entry.communes())
                .append("text", entry.text())
                .append("details", new Document(entry.details()))
                .append("notifies", entry.notifies())
                .append("opens", entry.opens())
                .append("closes", entry.closes())
                .append("reminderId", entry.reminderId());
    }

    /** The directive's events keep their order; each reminder goes before the first event recorded after it. */
    private static List<StoredEntry> inTimeOrder(Collection<StoredEntry> entries) {
        List<StoredEntry> events = new ArrayList<>();
        List<StoredEntry> reminders = new ArrayList<>();
        entries.forEach(entry -> (entry.isReminder() ? reminders : events).add(entry));
        events.sort(Comparator.comparingLong(StoredEntry::sequence));
        reminders.sort(Comparator.comparing(StoredEntry::at).thenComparing(StoredEntry::reminderId));
        List<StoredEntry> merged = new ArrayList<>(events.size() + reminders.size());
        int next = 0;
        for (StoredEntry event : events) {
            while (next < reminders.size() && reminders.get(next).at().isBefore(event.at())) {
                merged.add(reminders.get(next++));
            }
            merged.add(event);
        }
        merged.addAll(reminders.subList(next, reminders.size()));
        return List.copyOf(merged);
    }

    /**
     * An entry as read; its few-valued words (kind, actor, communes, who it notifies) are shared with every other entry
     * that has them, since a province's copy holds a million entries.
     */
    private static StoredEntry readEntry(Document entry) {
        Document actor = entry.get("actor", Document.class);
        Map<String, String> details = Map.of();
        Document storedDetails = entry.get("details", Document.class);
        if (storedDetails != null && storedDetails.size() == 1) {
            // most entries have one detail (an assignment's deadline, a report's percent): a map of one costs a fifth
            Map.Entry<String, Object> only = storedDetails.entrySet().iterator().next();
            details = java.util.Collections.singletonMap(only.getKey().intern(), detailValue(only.getValue()));
        } else if (storedDetails != null && !storedDetails.isEmpty()) {
            Map<String, String> read = new LinkedHashMap<>(storedDetails.size() * 2);
            storedDetails.forEach((name, value) -> read.put(name.intern(), detailValue(value)));
            details = java.util.Collections.unmodifiableMap(read);
        }
        List<String> communes = entry.getList("communes", String.class);
        return new StoredEntry(entry.get("sequence", Number.class).longValue(), Bson.instant(entry.getString("at")),
                interned(entry.getString("kind")), ACTORS.computeIfAbsent(new EntryActor(interned(actor.getString("account")),
                        interned(actor.getString("role")), interned(actor.getString("commune"))), same -> same),
                communes == null ? null : communes.stream().map(String::intern).toList(), entry.getString("text"), details,
                interned(entry.getString("notifies")), entry.getString("opens"), entry.getString("closes"), entry.getString("reminderId"));
    }

    /** The actors read so far: a province's accounts, each in its role. */
    private static final Map<EntryActor, EntryActor> ACTORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Short values (a date, a percent, a category) recur across a directive's communes and are shared; longer ones are not. */
    private static String detailValue(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHARED_DETAIL_LENGTH ? text.intern() : text;
    }

    private static final int SHARED_DETAIL_LENGTH = 10;

    private static String interned(String text) {
        return text == null ? null : text.intern();
    }
}
