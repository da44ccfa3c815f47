package org.directivetracker.projections.briefing;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.readmodel.Bson.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.bson.Document;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * What changed, one document per change ({@code _id} = directive id and sequence, so a redelivered event writes the same
 * document again), each small and written once: a day of a busy province costs its reads, not its writes. Reads come
 * from this instance's {@link ReadModelCopy}, whose index orders the changes by time, so the changes between two days
 * cost what those days hold. It replaced {@code briefing-changes}, which kept one document per day and rewrote it whole
 * at every change of the day.
 */
public final class BriefingChangesReadModel {

    public static final String NAME = "briefing-entries";
    static final String ENTRIES = "entries";
    /** The longest span a briefing looks back over; a longer one is cut to it. */
    public static final int MAX_DAYS = 366;

    public static final ReadModelRegistration<BriefingChangesReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(ENTRIES), BriefingChangesReadModel::new, BriefingChangesProjection::new);

    private static final ReadModelCopy.Index<StoredChange, PersistentSortedMap<String, StoredChange>> IN_TIME_ORDER = new InTimeOrder();
    private static final ReadModelCopy.Index<StoredChange, PersistentSortedMap<String, StoredChange>> BY_KIND_IN_TIME_ORDER = new ByKindInTimeOrder();
    private static final ReadModelCopy.Index<StoredChange, PersistentSortedMap<String, Integer>> COUNT_PER_KIND_AND_DAY = new CountPerKindAndDay();

    private final ReadModelContext context;
    private final ReadModelContext.Batches<Batch> batches;
    private final ReadModelCopy<StoredChange> copy;

    public BriefingChangesReadModel(ReadModelContext context) {
        this.context = context;
        this.batches = context.batches(Batch::new);
        this.copy = context.copy(ReadModelCopy.Loader.documents(ENTRIES, BriefingChangesReadModel::read));
    }

    public void newDirective(String directiveId, LocalDate deadline, Instant at, long sequence) {
        record(ChangeKind.NEW_DIRECTIVE, directiveId, null, null, "NEW_DIRECTIVE", List.of(deadline.toString()), at, sequence);
    }

    public void completionAccepted(String directiveId, String communeCode, Instant submittedAt, Instant at, long sequence) {
        List<String> submitted = submittedAt == null ? List.of() : List.of(ProvinceTime.dateOf(submittedAt).toString());
        record(ChangeKind.COMPLETION, directiveId, communeCode, null,
                submittedAt == null ? "COMPLETION_ACCEPTED" : "COMPLETION_ACCEPTED_SUBMITTED", submitted, at, sequence);
    }

    public void obstacleRaised(String directiveId, String communeCode, String category, String description, Instant at, long sequence) {
        record(ChangeKind.OBSTACLE_RAISED, directiveId, communeCode, description, "OBSTACLE_RAISED", List.of(category), at, sequence);
    }

    public void obstacleResolved(String directiveId, String communeCode, String resolution, Instant at, long sequence) {
        record(ChangeKind.OBSTACLE_RESOLVED, directiveId, communeCode, resolution, "OBSTACLE_RESOLVED", List.of(), at, sequence);
    }

    /**
     * An extension asked for, granted or denied, or a deadline the province moved (then no single commune): what
     * happened ({@code detailKind}) with its dates, and the reason in the users' words.
     */
    public void deadlineMove(String directiveId, String communeCode, String detailKind, List<LocalDate> dates, String reason,
            Instant at, long sequence) {
        record(ChangeKind.EXTENSION, directiveId, communeCode, reason, detailKind,
                dates.stream().map(date -> date == null ? "" : date.toString()).toList(), at, sequence);
    }

    /** Stores what changed in no language: the pages and files say it in the reader's words. */
    private void record(ChangeKind kind, String directiveId, String communeCode, String detail, String detailKind,
            List<String> detailValues, Instant at, long sequence) {
        String id = directiveId + "#" + sequence;
        Document change = new Document("_id", id)
                .append("kind", kind.name())
                .append("at", instant(at))
                .append("directiveId", directiveId)
                .append("sequence", sequence)
                .append("communeCode", communeCode)
                .append("detail", detail)
                .append("detailKind", detailKind)
                .append("detailValues", detailValues);
        batches.handle(batch -> batch.put(id, change));
    }

    /** Which version of the changes {@link #between(LocalDate, LocalDate)} now reads (see {@link ReadModelCopy#version()}). */
    public String version() {
        return copy.version();
    }

    /** The changes of the days from {@code since} to {@code until}, both included, in the order they happened. */
    public List<StoredChange> between(LocalDate since, LocalDate until) {
        LocalDate first = since.isBefore(until.minusDays(MAX_DAYS)) ? until.minusDays(MAX_DAYS) : since;
        List<StoredChange> changes = new ArrayList<>();
        copy.index(IN_TIME_ORDER).forEachBetween(timeKey(startOf(first)), timeKey(startOf(until.plusDays(1))),
                (key, change) -> changes.add(change));
        return changes;
    }

    /** Each kind's first changes of the days from {@code since} to {@code until} (both included), and how many it has. */
    public record FirstOfKind(List<StoredChange> first, int total) {
    }

    /**
     * Per kind, the first {@code rows} changes of the days from {@code since} to {@code until} (both included), in the
     * order they happened, and how many there are: from indexes by kind and time and by kind and day, so a briefing
     * costs the rows it shows and one count per day, not a pass over a busy week's every change.
     */
    public Map<ChangeKind, FirstOfKind> firstOfEachKind(LocalDate since, LocalDate until, int rows) {
        LocalDate first = since.isBefore(until.minusDays(MAX_DAYS)) ? until.minusDays(MAX_DAYS) : since;
        ReadModelCopy.Version<StoredChange> version = copy.read();
        PersistentSortedMap<String, StoredChange> byKind = version.index(BY_KIND_IN_TIME_ORDER);
        PersistentSortedMap<String, Integer> perDay = version.index(COUNT_PER_KIND_AND_DAY);
        Map<ChangeKind, FirstOfKind> found = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            String prefix = kind.name() + "|";
            int[] total = {0};
            perDay.forEachBetween(prefix + first, prefix + until.plusDays(1), (day, count) -> total[0] += count);
            found.put(kind, new FirstOfKind(byKind.firstBetween(prefix + timeKey(startOf(first)),
                    prefix + timeKey(startOf(until.plusDays(1))), rows), total[0]));
        }
        return found;
    }

    /**
     * Orders changes by time, then directive and sequence: a key whose text sorts as its time does (seconds and
     * nanoseconds since the epoch, zero-padded), so that a span of days is one range.
     */
    private static String timeKey(Instant at) {
        return String.format("%012d.%09d", at.getEpochSecond(), at.getNano());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ProvinceTime.ZONE).toInstant();
    }

    private static String orderKey(StoredChange change) {
        return timeKey(change.at()) + "|" + change.directiveId() + "#" + String.format("%012d", change.sequence());
    }

    /** The changes by kind, then {@link #orderKey}: each kind's changes of a span of days are one range. */
    private static final class ByKindInTimeOrder extends ChangesByKey {
        @Override
        String keyOf(StoredChange change) {
            return change.kind().name() + "|" + orderKey(change);
        }
    }

    /** Each change under its key. */
    private abstract static class ChangesByKey extends KeyedChanges<StoredChange> {
        @Override
        PersistentSortedMap<String, StoredChange> with(PersistentSortedMap<String, StoredChange> map, StoredChange change) {
            return map.with(keyOf(change), change);
        }

        @Override
        PersistentSortedMap<String, StoredChange> without(PersistentSortedMap<String, StoredChange> map, StoredChange change) {
            return map.without(keyOf(change));
        }
    }

    /** How many changes of each kind each day has (in the province's time), by kind and day ({@code KIND|yyyy-MM-dd}). */
    private static final class CountPerKindAndDay extends KeyedChanges<Integer> {
        @Override
        String keyOf(StoredChange change) {
            return change.kind().name() + "|" + ProvinceTime.dateOf(change.at());
        }

        @Override
        PersistentSortedMap<String, Integer> with(PersistentSortedMap<String, Integer> map, StoredChange change) {
            String key = keyOf(change);
            Integer count = map.get(key);
            return map.with(key, count == null ? 1 : count + 1);
        }

        @Override
        PersistentSortedMap<String, Integer> without(PersistentSortedMap<String, Integer> map, StoredChange change) {
            String key = keyOf(change);
            Integer count = map.get(key);
            return count == null ? map : count == 1 ? map.without(key) : map.with(key, count - 1);
        }
    }

    /** An index of the changes by a key of each, updated from each batch's changes (a change's before taken out, its after put in). */
    private abstract static class KeyedChanges<V> implements ReadModelCopy.Index<StoredChange, PersistentSortedMap<String, V>> {

        abstract String keyOf(StoredChange change);

        abstract PersistentSortedMap<String, V> with(PersistentSortedMap<String, V> map, StoredChange change);

        abstract PersistentSortedMap<String, V> without(PersistentSortedMap<String, V> map, StoredChange change);

        @Override
        public PersistentSortedMap<String, V> build(Map<String, StoredChange> values) {
            PersistentSortedMap<String, V> map = PersistentSortedMap.empty();
            for (StoredChange change : values.values()) {
                map = with(map, change);
            }
            return map;
        }

        @Override
        public PersistentSortedMap<String, V> update(PersistentSortedMap<String, V> previous, List<ReadModelCopy.Change<StoredChange>> changes) {
            PersistentSortedMap<String, V> map = previous;
            for (ReadModelCopy.Change<StoredChange> change : changes) {
                if (change.before() != null) {
                    map = without(map, change.before());
                }
                if (change.after() != null) {
                    map = with(map, change.after());
                }
            }
            return map;
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }

    /** The changes by {@link #orderKey}, kept up to date from each batch's changed documents. */
    private static final class InTimeOrder extends ChangesByKey {
        @Override
        String keyOf(StoredChange change) {
            return orderKey(change);
        }
    }

    /** The batch's changes, written together when it closes; a change written twice is the same document. */
    private final class Batch implements ReadModelContext.Pending {
        private final Map<String, Document> changes = new LinkedHashMap<>();

        Batch(List<? extends Message<?>> messages) {
            // nothing to read ahead: every change is a document of its own
        }

        void put(String id, Document change) {
            context.touch(id);
            changes.put(id, change);
        }

        @Override
        public void write() {
            if (changes.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> writes = new ArrayList<>(changes.size());
            changes.forEach((id, change) -> writes.add(new ReplaceOneModel<>(eq("_id", id), change, new ReplaceOptions().upsert(true))));
            context.collections().get(ENTRIES).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            changes.clear();
        }
    }

    private static StoredChange read(Document change) {
        return new StoredChange(ChangeKind.valueOf(change.getString("kind")), instant(change.getString("at")),
                change.getString("directiveId"), change.get("sequence", Number.class).longValue(),
                change.getString("communeCode"), change.getString("detail"), change.getString("detailKind"),
                List.copyOf(change.getList("detailValues", String.class, List.of())));
    }
}
