package org.directivetracker.projections.communestatus;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.DirectiveLifecycle;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStateDocuments;
import org.directivetracker.projections.progress.DirectiveStateStore;
import org.directivetracker.projections.store.IdLookups;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Commune status in MongoDB, in this read model's own collections so that it runs and is rebuilt on its own: the
 * directives folded as in directive progress ({@link DirectiveStateStore}: one document per assignment, the
 * directive's title and lifecycle once per directive), plus one small document per commune ({@value #COMMUNE_INDEX},
 * {@code _id} = code) listing the directives assigned to it, grown only by CommuneAssigned. A commune's status is three
 * lookups (its list, its assignments, their directives' facts), the registry the same three for every commune.
 */
public final class CommuneStatusReadModel {

    public static final String NAME = "commune-status";
    static final String COMMUNE_INDEX = "commune_directives";
    static final String DIRECTIVES = "directives";

    private final ReadModelCollections collections;
    private final DirectiveStateStore states;

    public CommuneStatusReadModel(ReadModelCollections collections) {
        this.collections = collections;
        this.states = new DirectiveStateStore(collections);
    }

    /** Folds the event into the assignment (or directive) it is about; a sequence already applied changes nothing. */
    public void record(DirectiveEvent event, Instant occurredAt, long sequence) {
        if (event instanceof CommuneAssigned assigned) {
            // $addToSet: listing the directive again on a redelivery adds nothing
            index().updateOne(eq("_id", assigned.communeCode()), Updates.addToSet(DIRECTIVES, assigned.directiveId()),
                    new UpdateOptions().upsert(true));
        }
        states.record(event, occurredAt, sequence);
    }

    public Optional<CommuneAssignments> find(String communeCode) {
        return findAll(List.of(communeCode)).stream().findFirst();
    }

    /** The assignments of the given communes; a commune never assigned anything is left out. */
    public List<CommuneAssignments> findAll(Collection<String> communeCodes) {
        Map<String, List<CommuneAssignments.Row>> rowsByCommune = new LinkedHashMap<>();
        List<String> assignmentIds = new ArrayList<>();
        Set<String> directiveIds = new TreeSet<>();
        for (Document commune : IdLookups.byIds(index(), communeCodes, null)) {
            String code = commune.getString("_id");
            rowsByCommune.put(code, new ArrayList<>());
            for (String directiveId : commune.getList(DIRECTIVES, String.class)) {
                assignmentIds.add(DirectiveStateDocuments.assignmentId(code, directiveId));
                directiveIds.add(directiveId);
            }
        }
        List<DirectiveStateStore.Assignment> assignments = states.assignments(assignmentIds);
        Map<String, DirectiveState> directives = states.facts(directiveIds);
        for (DirectiveStateStore.Assignment assignment : assignments) {
            DirectiveState directive = directives.get(assignment.directiveId());
            List<CommuneAssignments.Row> rows = rowsByCommune.get(assignment.commune().code());
            if (directive != null && rows != null) {
                rows.add(row(directive, assignment.commune()));
            }
        }
        List<CommuneAssignments> found = new ArrayList<>(rowsByCommune.size());
        rowsByCommune.forEach((code, rows) -> found.add(new CommuneAssignments(code, List.copyOf(rows))));
        return found;
    }

    private static CommuneAssignments.Row row(DirectiveState directive, CommuneProgress commune) {
        DirectiveLifecycle lifecycle = directive.lifecycle();
        return new CommuneAssignments.Row(directive.directiveId(), directive.title(), lifecycle, commune.stage(),
                commune.percent(), commune.deadline(), commune.originalDeadline(), commune.openObstacles().size(),
                commune.submittedOn(), commune.lastReportAt(), Math.max(directive.lastSequence(), commune.lastSequence()));
    }

    private MongoCollection<Document> index() {
        return collections.get(COMMUNE_INDEX);
    }
}
