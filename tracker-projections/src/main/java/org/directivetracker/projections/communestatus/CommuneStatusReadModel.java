package org.directivetracker.projections.communestatus;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.directivetracker.projections.store.Bson.date;
import static org.directivetracker.projections.store.Bson.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStateDocuments;
import org.directivetracker.projections.store.Bson;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Commune status in MongoDB: one document per commune ({@code _id} = code) with an assignment row per directive
 * (keyed by directive id, each with the last sequence applied), so a commune's status is one lookup and the registry
 * one {@code $in}. The rows are derived from the same {@link DirectiveState} fold as directive progress, kept in this
 * read model's own collection so that it can run and be rebuilt on its own.
 */
public final class CommuneStatusReadModel {

    public static final String NAME = "commune-status";
    static final String COMMUNES = "communes";
    static final String DIRECTIVES = "directives";

    private final ReadModelCollections collections;

    public CommuneStatusReadModel(ReadModelCollections collections) {
        this.collections = collections;
    }

    /** Folds the event into its directive and rewrites the rows it changed; a sequence already applied changes nothing. */
    public void record(DirectiveEvent event, Instant occurredAt, long sequence) {
        Document stored = directives().find(eq("_id", event.directiveId())).first();
        DirectiveState state = stored == null ? new DirectiveState(event.directiveId()) : DirectiveStateDocuments.fromDocument(stored);
        if (!state.apply(event, occurredAt, sequence)) {
            return;
        }
        // rows first, state last: after a crash in between, the redelivered event rewrites the same rows
        for (CommuneProgress commune : communesChangedBy(event, state)) {
            communes().updateOne(eq("_id", commune.code()),
                    Updates.set("assignments." + Bson.key(state.directiveId()), row(state, commune)),
                    new UpdateOptions().upsert(true));
        }
        directives().replaceOne(eq("_id", state.directiveId()), DirectiveStateDocuments.toDocument(state), new ReplaceOptions().upsert(true));
    }

    private static Collection<CommuneProgress> communesChangedBy(DirectiveEvent event, DirectiveState state) {
        if (event instanceof CommuneEvent communeEvent) {
            CommuneProgress commune = state.commune(communeEvent.communeCode());
            return commune == null ? List.of() : List.of(commune);
        }
        return state.communes(); // title, deadline or lifecycle of the directive: every row shows it
    }

    private static Document row(DirectiveState state, CommuneProgress commune) {
        return new Document("directiveId", state.directiveId())
                .append("title", state.title())
                .append("directiveState", state.lifecycle().name())
                .append("stage", commune.stage().name())
                .append("percent", commune.percent())
                .append("deadline", date(commune.deadline()))
                .append("originalDeadline", date(commune.originalDeadline()))
                .append("openObstacles", commune.openObstacles().size())
                .append("submittedOn", date(commune.submittedOn()))
                .append("lastReportAt", instant(commune.lastReportAt()))
                .append("lastSequence", state.lastSequence());
    }

    public Optional<CommuneAssignments> find(String communeCode) {
        return Optional.ofNullable(communes().find(eq("_id", communeCode)).first()).map(CommuneStatusReadModel::assignments);
    }

    /** The assignments of the given communes; a commune never assigned anything is left out. */
    public List<CommuneAssignments> findAll(Collection<String> communeCodes) {
        List<CommuneAssignments> found = new ArrayList<>();
        for (Document document : communes().find(in("_id", List.copyOf(communeCodes)))) {
            found.add(assignments(document));
        }
        return found;
    }

    private static CommuneAssignments assignments(Document document) {
        List<CommuneAssignments.Row> rows = new ArrayList<>();
        Document assignments = document.get("assignments", Document.class);
        if (assignments != null) {
            for (Object value : assignments.values()) {
                Document row = (Document) value;
                rows.add(new CommuneAssignments.Row(
                        row.getString("directiveId"),
                        row.getString("title"),
                        DirectiveLifecycle.valueOf(row.getString("directiveState")),
                        Stage.valueOf(row.getString("stage")),
                        row.getInteger("percent"),
                        date(row.getString("deadline")),
                        date(row.getString("originalDeadline")),
                        row.getInteger("openObstacles"),
                        date(row.getString("submittedOn")),
                        instant(row.getString("lastReportAt")),
                        row.get("lastSequence", Number.class).longValue()));
            }
        }
        return new CommuneAssignments(document.getString("_id"), rows);
    }

    private MongoCollection<Document> communes() {
        return collections.get(COMMUNES);
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVES);
    }
}
