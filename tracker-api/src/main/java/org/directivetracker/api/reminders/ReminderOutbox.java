package org.directivetracker.api.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.ReminderKind;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The reminders' outbox in MongoDB. An entry is written from a {@link ReminderDue} before anything is sent, claimed by
 * one instance at a time with a conditional update, and marked sent, retried later or failed. A process that dies while
 * sending leaves its claim to expire, and the entry is sent again: at least once, with the entry id as the key a
 * receiver can recognise a repeat by.
 *
 * <p>The ids of the entries still to send (waiting or claimed) are kept apart in {@value #WAITING}, so that a poll
 * reads those, not every entry ever sent: an id is written there before its entry, and taken out after its entry
 * reached a final state, so a crash in between leaves an id too many (dropped at the next poll), never one too few.
 */
public class ReminderOutbox {

    public static final String COLLECTION = "reminder-outbox";
    public static final String WAITING = "reminder-outbox-waiting";
    /** In {@value #WAITING}: the entries of an earlier version's outbox were taken over. */
    private static final String ADOPTED = "adopted-from-the-whole-outbox";
    /** Entries read per query when the waiting ones are looked up. */
    private static final int LOOKUP_BATCH = 500;

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> waiting;

    public ReminderOutbox(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        this.waiting = database.getCollection(WAITING);
        adoptWaitingEntries();
    }

    /**
     * Entries to send that were written before their ids were kept apart (an outbox of an earlier version), taken over
     * once: the mark left afterwards spares later starts a scan of the whole outbox. The mark names no entry, so a poll
     * leaves it where it is.
     */
    private void adoptWaitingEntries() {
        if (waiting.find(Filters.eq("_id", ADOPTED)).first() != null) {
            return;
        }
        for (Document entry : entries.find(Filters.in("state", OutboxEntry.State.PENDING.name(), OutboxEntry.State.SENDING.name()))
                .projection(Projections.include("_id")).batchSize(1_000)) {
            markWaiting(entry.getString("_id"));
        }
        markWaiting(ADOPTED);
    }

    private void markWaiting(String id) {
        waiting.updateOne(Filters.eq("_id", id), Updates.setOnInsert("waiting", true), new UpdateOptions().upsert(true));
    }

    /** After the entry reached a final state: a poll no longer reads it. */
    private void doneWaiting(String id) {
        waiting.deleteOne(Filters.eq("_id", id));
    }

    /**
     * Adds a reminder to its commune's (or department's) message of the day on a channel, while that message waits; once it went out, the
     * reminder gets a message of its own. A reminder delivered again (a redelivered event) is added nowhere twice.
     */
    public void add(ReminderDue due, Channel channel, Instant notBefore) {
        String digestId = due.day() + "/" + due.recipientCode() + "/" + channel;
        String ownId = digestId + "/" + due.reminderId();
        // a find, not a count: a count is an aggregation, which the embedded store runs over the whole outbox
        if (entries.find(Filters.and(Filters.in("_id", digestId, ownId), Filters.eq("items.reminderId", due.reminderId())))
                .projection(Projections.include("_id")).first() != null) {
            return;
        }
        Document item = new Document("reminderId", due.reminderId()).append("directiveId", due.directiveId())
                .append("directiveTitle", due.directiveTitle()).append("kind", due.kind().name())
                .append("window", due.window()).append("deadline", due.deadline().toString())
                .append("commune", due.communeCode());
        Bson insertOnly = Updates.combine(Updates.setOnInsert("channel", channel.name()),
                Updates.setOnInsert("recipient", due.recipientCode()), Updates.setOnInsert("day", due.day().toString()),
                Updates.setOnInsert("attempts", 0), Updates.setOnInsert("notBefore", Date.from(notBefore)));
        try {
            markWaiting(digestId);
            entries.updateOne(Filters.and(Filters.eq("_id", digestId), Filters.eq("state", OutboxEntry.State.PENDING.name())),
                    Updates.combine(insertOnly, Updates.addToSet("items", item)), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // the day's message already went (or is going) out: this reminder goes on its own
            markWaiting(ownId);
            entries.updateOne(Filters.eq("_id", ownId), Updates.combine(insertOnly,
                    Updates.setOnInsert("state", OutboxEntry.State.PENDING.name()), Updates.addToSet("items", item)),
                    new UpdateOptions().upsert(true));
        }
    }

    /** Entries ready to be sent now: waiting and due, or claimed by an instance whose lease ran out. */
    public List<OutboxEntry> ready(Instant now, Duration lease) {
        List<OutboxEntry> ready = new ArrayList<>();
        for (Document document : stillToSend()) {
            OutboxEntry entry = entryOf(document);
            boolean due = entry.state() == OutboxEntry.State.PENDING && !entry.notBefore().isAfter(now);
            boolean abandoned = entry.state() == OutboxEntry.State.SENDING
                    && document.getDate("claimedAt").toInstant().plus(lease).isBefore(now);
            if (due || abandoned) {
                ready.add(entry);
            }
        }
        return ready;
    }

    /**
     * The entries waiting or claimed, the earliest first, read through the ids kept apart; an id whose entry is already
     * final (a crash between the two writes) is dropped on the way. An id without its entry is left: its entry may be
     * being written.
     */
    private List<Document> stillToSend() {
        List<String> ids = new ArrayList<>();
        waiting.find().projection(Projections.include("_id")).batchSize(1_000).forEach(id -> ids.add(id.getString("_id")));
        List<Document> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH));
            for (Document document : entries.find(Filters.in("_id", batch))) {
                String state = document.getString("state");
                if (OutboxEntry.State.PENDING.name().equals(state) || OutboxEntry.State.SENDING.name().equals(state)) {
                    found.add(document);
                } else {
                    doneWaiting(document.getString("_id"));
                }
            }
        }
        found.sort(Comparator.comparing(document -> document.getDate("notBefore")));
        return found;
    }

    /** Claims an entry for this instance; false when another instance claimed or finished it first. */
    public boolean claim(OutboxEntry entry, String instance, Instant now) {
        Document claimed = entries.findOneAndUpdate(
                Filters.and(Filters.eq("_id", entry.id()), Filters.eq("state", entry.state().name()),
                        Filters.eq("attempts", entry.attempts())),
                Updates.combine(Updates.set("state", OutboxEntry.State.SENDING.name()), Updates.set("claimedBy", instance),
                        Updates.set("claimedAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return claimed != null;
    }

    public void sent(String id, Instant at, String receipt) {
        entries.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state", OutboxEntry.State.SENT.name()),
                Updates.set("sentAt", Date.from(at)), Updates.set("receipt", receipt), Updates.inc("attempts", 1)));
        doneWaiting(id);
    }

    /** One of the entry's recipients was reached (its contact's code, never its address). */
    public void deliveredTo(String id, String contactCode) {
        entries.updateOne(Filters.eq("_id", id), Updates.addToSet("deliveredTo", contactCode));
    }

    public void noContact(String id) {
        entries.updateOne(Filters.eq("_id", id), Updates.set("state", OutboxEntry.State.NO_CONTACT.name()));
        doneWaiting(id);
    }

    /** A failed try: waits until {@code retryAt}, or is failed for good when {@code retryAt} is null. */
    public void failed(String id, String error, Instant retryAt) {
        Bson state = retryAt == null
                ? Updates.set("state", OutboxEntry.State.FAILED.name())
                : Updates.combine(Updates.set("state", OutboxEntry.State.PENDING.name()), Updates.set("notBefore", Date.from(retryAt)));
        entries.updateOne(Filters.eq("_id", id), Updates.combine(state, Updates.set("lastError", error), Updates.inc("attempts", 1)));
        if (retryAt == null) {
            doneWaiting(id);
        }
    }

    public List<OutboxEntry> inState(OutboxEntry.State state) {
        List<OutboxEntry> found = new ArrayList<>();
        if (state == OutboxEntry.State.PENDING || state == OutboxEntry.State.SENDING) {
            List<Document> toSend = stillToSend();
            for (int i = toSend.size() - 1; i >= 0; i--) { // the latest first, as below
                if (state.name().equals(toSend.get(i).getString("state"))) {
                    found.add(entryOf(toSend.get(i)));
                }
            }
            return found;
        }
        entries.find(Filters.eq("state", state.name())).sort(Sorts.descending("notBefore")).forEach(d -> found.add(entryOf(d)));
        return found;
    }

    public List<OutboxEntry> all() {
        List<OutboxEntry> found = new ArrayList<>();
        entries.find().batchSize(1_000).forEach(d -> found.add(entryOf(d))); // in batches, as a large outbox would not fit one message
        return found;
    }

    /** Entries written before departments were reminded name their commune in {@code commune}. */
    private static String recipientOf(Document entry) {
        String recipient = entry.getString("recipient");
        return recipient != null ? recipient : entry.getString("commune");
    }

    private static OutboxEntry entryOf(Document document) {
        List<OutboxEntry.Item> items = new ArrayList<>();
        for (Document item : document.getList("items", Document.class, List.of())) {
            items.add(new OutboxEntry.Item(item.getString("reminderId"), item.getString("directiveId"),
                    item.getString("directiveTitle"), ReminderKind.valueOf(item.getString("kind")), item.getInteger("window", 0),
                    LocalDate.parse(item.getString("deadline")), item.getString("commune")));
        }
        Date sentAt = document.getDate("sentAt");
        return new OutboxEntry(document.getString("_id"), Channel.valueOf(document.getString("channel")),
                recipientOf(document), LocalDate.parse(document.getString("day")), List.copyOf(items),
                OutboxEntry.State.valueOf(document.getString("state")), document.getInteger("attempts", 0),
                document.getDate("notBefore").toInstant(), document.getString("lastError"),
                sentAt == null ? null : sentAt.toInstant(), document.getString("receipt"),
                List.copyOf(document.getList("deliveredTo", String.class, List.of())));
    }
}
