package org.directivetracker.projections.briefing;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.directivetracker.projections.store.Bson.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.store.Bson;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * What changed, day by day: one document per day in the province ({@code _id} = {@code YYYY-MM-DD}) with its changes
 * keyed by directive id and sequence, so a redelivered event writes the same entry again and "since" is one
 * {@code $in} over the days asked.
 */
public final class BriefingChangesReadModel {

    public static final String NAME = "briefing-changes";
    static final String DAYS = "days";
    /** The longest span a briefing looks back over; a longer one is cut to it. */
    public static final int MAX_DAYS = 366;

    private final ReadModelCollections collections;

    public BriefingChangesReadModel(ReadModelCollections collections) {
        this.collections = collections;
    }

    public void newDirective(String directiveId, String title, LocalDate deadline, Instant at, long sequence) {
        record(ChangeKind.NEW_DIRECTIVE, directiveId, null, title + " (deadline " + deadline + ")", at, sequence);
    }

    public void completionAccepted(String directiveId, String communeCode, Instant submittedAt, Instant at, long sequence) {
        String submitted = submittedAt == null ? "" : " (submitted " + ProvinceTime.dateOf(submittedAt) + ")";
        record(ChangeKind.COMPLETION, directiveId, communeCode, "completion accepted" + submitted, at, sequence);
    }

    public void obstacleRaised(String directiveId, String communeCode, String category, String description, Instant at, long sequence) {
        record(ChangeKind.OBSTACLE_RAISED, directiveId, communeCode, category + ": " + description, at, sequence);
    }

    public void obstacleResolved(String directiveId, String communeCode, String resolution, Instant at, long sequence) {
        record(ChangeKind.OBSTACLE_RESOLVED, directiveId, communeCode, resolution, at, sequence);
    }

    /** An extension asked for, granted or denied, or a deadline the province moved (then no single commune). */
    public void deadlineMove(String directiveId, String communeCode, String detail, Instant at, long sequence) {
        record(ChangeKind.EXTENSION, directiveId, communeCode, detail, at, sequence);
    }

    private void record(ChangeKind kind, String directiveId, String communeCode, String detail, Instant at, long sequence) {
        Document change = new Document("kind", kind.name())
                .append("at", instant(at))
                .append("directiveId", directiveId)
                .append("sequence", sequence)
                .append("communeCode", communeCode)
                .append("detail", detail);
        String day = ProvinceTime.dateOf(at).toString();
        days().updateOne(eq("_id", day), Updates.set("changes." + Bson.key(directiveId + "#" + sequence), change),
                new UpdateOptions().upsert(true));
    }

    /** The changes of the days from {@code since} to {@code until}, both included, in the order they happened. */
    public List<StoredChange> between(LocalDate since, LocalDate until) {
        LocalDate first = since.isBefore(until.minusDays(MAX_DAYS)) ? until.minusDays(MAX_DAYS) : since;
        List<String> dayIds = first.datesUntil(until.plusDays(1)).map(LocalDate::toString).toList();
        List<StoredChange> changes = new ArrayList<>();
        if (dayIds.isEmpty()) {
            return changes;
        }
        for (Document day : days().find(in("_id", dayIds))) {
            for (Object value : day.get("changes", Document.class).values()) {
                Document change = (Document) value;
                changes.add(new StoredChange(ChangeKind.valueOf(change.getString("kind")), instant(change.getString("at")),
                        change.getString("directiveId"), change.get("sequence", Number.class).longValue(),
                        change.getString("communeCode"), change.getString("detail")));
            }
        }
        changes.sort(Comparator.comparing(StoredChange::at).thenComparing(StoredChange::directiveId).thenComparingLong(StoredChange::sequence));
        return changes;
    }

    private MongoCollection<Document> days() {
        return collections.get(DAYS);
    }
}
