package org.directivetracker.projections.briefing;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.readmodel.Bson.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.readmodel.Bson;
import org.directivetracker.projections.readmodel.ChangeLog;
import org.directivetracker.projections.readmodel.IdLookups;
import org.directivetracker.projections.readmodel.ReadModelCollections;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * What changed, day by day: one document per day in the province ({@code _id} = {@code YYYY-MM-DD}) with its changes
 * keyed by directive id and sequence, so a redelivered event writes the same entry again. Each batch's
 * {@link ChangeLog} entry names the days it touched, and reads come from this instance's {@link ReadModelCopy} of the days.
 */
public final class BriefingChangesReadModel {

    public static final String NAME = "briefing-changes";
    static final String DAYS = "days";
    /** The longest span a briefing looks back over; a longer one is cut to it. */
    public static final int MAX_DAYS = 366;

    public static final ReadModelRegistration<BriefingChangesReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DAYS), BriefingChangesReadModel::new, BriefingChangesProjection::new);

    private final ReadModelContext context;
    private final ReadModelCollections collections;
    private final ReadModelCopy<List<StoredChange>> copy;

    public BriefingChangesReadModel(ReadModelContext context) {
        this.context = context;
        this.collections = context.collections();
        this.copy = new ReadModelCopy<>(collections, new DayLoader());
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
        Document change = new Document("kind", kind.name())
                .append("at", instant(at))
                .append("directiveId", directiveId)
                .append("sequence", sequence)
                .append("communeCode", communeCode)
                .append("detail", detail)
                .append("detailKind", detailKind)
                .append("detailValues", detailValues);
        String day = ProvinceTime.dateOf(at).toString();
        days().updateOne(eq("_id", day), Updates.set("changes." + Bson.key(directiveId + "#" + sequence), change),
                new UpdateOptions().upsert(true));
        context.touch(day);
    }

    /** Which version of the changes {@link #between(LocalDate, LocalDate)} now reads (see {@link ReadModelCopy#version()}). */
    public String version() {
        return copy.version();
    }

    /** The changes of the days from {@code since} to {@code until}, both included, in the order they happened. */
    public List<StoredChange> between(LocalDate since, LocalDate until) {
        LocalDate first = since.isBefore(until.minusDays(MAX_DAYS)) ? until.minusDays(MAX_DAYS) : since;
        List<String> dayIds = first.datesUntil(until.plusDays(1)).map(LocalDate::toString).toList();
        Map<String, List<StoredChange>> byDay = copy.current();
        List<StoredChange> changes = new ArrayList<>();
        for (String day : dayIds) {
            changes.addAll(byDay.getOrDefault(day, List.of()));
        }
        changes.sort(Comparator.comparing(StoredChange::at).thenComparing(StoredChange::directiveId).thenComparingLong(StoredChange::sequence));
        return changes;
    }

    /** Reads days' changes back: every day, or the days named. */
    private static final class DayLoader implements ReadModelCopy.Loader<List<StoredChange>> {

        @Override
        public Map<String, List<StoredChange>> all(ReadModelCollections collections) {
            return byDay(collections.get(DAYS).find());
        }

        @Override
        public Map<String, List<StoredChange>> byKeys(ReadModelCollections collections, Collection<String> days) {
            return byDay(IdLookups.byIds(collections.get(DAYS), days, null));
        }

        private static Map<String, List<StoredChange>> byDay(Iterable<Document> days) {
            Map<String, List<StoredChange>> byDay = new HashMap<>();
            for (Document day : days) {
                List<StoredChange> changes = new ArrayList<>();
                for (Object value : day.get("changes", Document.class).values()) {
                    Document change = (Document) value;
                    changes.add(new StoredChange(ChangeKind.valueOf(change.getString("kind")), instant(change.getString("at")),
                            change.getString("directiveId"), change.get("sequence", Number.class).longValue(),
                            change.getString("communeCode"), change.getString("detail"), change.getString("detailKind"),
                            change.getList("detailValues", String.class, List.of())));
                }
                byDay.put(day.getString("_id"), List.copyOf(changes));
            }
            return byDay;
        }
    }

    private MongoCollection<Document> days() {
        return collections.get(DAYS);
    }
}
