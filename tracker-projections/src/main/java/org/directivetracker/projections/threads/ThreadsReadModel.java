package org.directivetracker.projections.threads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.directivetracker.core.api.query.EntryActor;
import org.directivetracker.projections.readmodel.Bson;
import org.directivetracker.projections.readmodel.FieldUpserts;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

/**
 * Every commune's thread, one document per directive ({@code _id} = directive id): its title, whether it was withdrawn
 * or closed, and its entries keyed by event sequence. Keyed by sequence, an entry delivered twice is written to the
 * same place, so the read model is idempotent without remembering a last sequence. A batch gathers its writes per
 * directive and makes one update per directive when it closes. Reminders come from other streams, whose sequences mean
 * nothing here: they are kept apart, by the reminder's key, and take their place in the thread by time. Reads come
 * from this instance's copy; inboxes and notifications are indexes kept with it ({@link ThreadIndexes}).
 */
public final class ThreadsReadModel {

    public static final String NAME = "threads";
    static final String DIRECTIVES = "directives";
    /** The directive's own events, by sequence. */
    private static final String ENTRIES = "entries";
    /** Reminders of its assignments and referrals, by the reminder's key: they come from the reminders' streams. */
    private static final String REMINDERS = "reminders";
    public static final ReadModelRegistration<ThreadsReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DIRECTIVES), ThreadsReadModel::new, ThreadsProjection::new);

    private final ReadModelContext context;
    private final ReadModelContext.Batches<FieldUpserts> batches;
    private final ReadModelCopy<DirectiveThreads> copy;

    public ThreadsReadModel(ReadModelContext context) {
        this.context = context;
        this.batches = context.batches(messages -> new FieldUpserts(context, DIRECTIVES));
        this.copy = new ReadModelCopy<>(context.collections(), ReadModelCopy.Loader.documents(DIRECTIVES, ThreadsReadModel::read));
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
        String field = stored.isReminder() ? REMINDERS + "." + Bson.key(stored.reminderId()) : ENTRIES + "." + stored.sequence();
        set(directiveId, field, write(stored));
    }

    private void set(String directiveId, String field, Object value) {
        batches.handle(batch -> batch.set(directiveId, field, value));
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

    private static DirectiveThreads read(Document directive) {
        List<StoredEntry> events = readEntries(directive, ENTRIES);
        events.sort(Comparator.comparingLong(StoredEntry::sequence));
        List<StoredEntry> reminders = readEntries(directive, REMINDERS);
        reminders.sort(Comparator.comparing(StoredEntry::at).thenComparing(StoredEntry::reminderId));
        return new DirectiveThreads(directive.getString("_id"), directive.getString("title"), directive.getString("priority"),
                directive.getBoolean("withdrawn", false), directive.getBoolean("closed", false), inTimeOrder(events, reminders));
    }

    private static List<StoredEntry> readEntries(Document directive, String field) {
        List<StoredEntry> entries = new ArrayList<>();
        Document stored = directive.get(field, Document.class);
        if (stored != null) {
            for (Object value : stored.values()) {
                entries.add(readEntry((Document) value));
            }
        }
        return entries;
    }

    /** The directive's events keep their order; each reminder goes before the first event recorded after it. */
    private static List<StoredEntry> inTimeOrder(List<StoredEntry> events, List<StoredEntry> reminders) {
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

    private static StoredEntry readEntry(Document entry) {
        Document actor = entry.get("actor", Document.class);
        Map<String, String> details = new LinkedHashMap<>();
        Document storedDetails = entry.get("details", Document.class);
        if (storedDetails != null) {
            storedDetails.forEach((name, value) -> details.put(name, String.valueOf(value)));
        }
        List<String> communes = entry.getList("communes", String.class);
        return new StoredEntry(entry.get("sequence", Number.class).longValue(), Bson.instant(entry.getString("at")),
                entry.getString("kind"), new EntryActor(actor.getString("account"), actor.getString("role"), actor.getString("commune")),
                communes == null ? null : List.copyOf(communes), entry.getString("text"), java.util.Collections.unmodifiableMap(details),
                entry.getString("notifies"), entry.getString("opens"), entry.getString("closes"), entry.getString("reminderId"));
    }
}
