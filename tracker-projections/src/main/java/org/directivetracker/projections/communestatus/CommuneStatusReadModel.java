package org.directivetracker.projections.communestatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.DirectiveLifecycle;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStateStore;
import org.directivetracker.projections.store.ReadModelCollections;

/**
 * Commune status in MongoDB, in this read model's own collections so that it runs and is rebuilt on its own: the
 * directives folded as in directive progress ({@link DirectiveStateStore}: one document per assignment, the
 * directive's title and lifecycle once per directive) and read through this instance's copy of them, so that a
 * commune's status and the registry of every commune cost one lookup while nothing changed.
 */
public final class CommuneStatusReadModel {

    public static final String NAME = "commune-status";

    private final DirectiveStateStore states;

    public CommuneStatusReadModel(ReadModelCollections collections) {
        this.states = new DirectiveStateStore(collections);
    }

    /** Folds the event into the assignment (or directive) it is about; a sequence already applied changes nothing. */
    public void record(DirectiveEvent event, Instant occurredAt, long sequence) {
        states.record(event, occurredAt, sequence);
    }

    public Optional<CommuneAssignments> find(String communeCode) {
        return findAll(List.of(communeCode)).stream().findFirst();
    }

    /** The assignments of the given communes, in the order given; a commune never assigned anything is left out. */
    public List<CommuneAssignments> findAll(Collection<String> communeCodes) {
        List<CommuneAssignments> found = new ArrayList<>(communeCodes.size());
        for (String code : communeCodes) {
            // computed once per version of the states and commune asked: a pass over the directives, no database read
            CommuneAssignments assignments = states.derived(new CommuneRows(code), directives -> rowsOf(code, directives));
            if (!assignments.rows().isEmpty()) {
                found.add(assignments);
            }
        }
        return found;
    }

    private record CommuneRows(String communeCode) {
    }

    private static CommuneAssignments rowsOf(String communeCode, Collection<DirectiveState> directives) {
        List<CommuneAssignments.Row> rows = new ArrayList<>();
        for (DirectiveState directive : directives) {
            CommuneProgress commune = directive.commune(communeCode);
            if (commune != null) {
                rows.add(row(directive, commune));
            }
        }
        return new CommuneAssignments(communeCode, List.copyOf(rows));
    }

    private static CommuneAssignments.Row row(DirectiveState directive, CommuneProgress commune) {
        DirectiveLifecycle lifecycle = directive.lifecycle();
        return new CommuneAssignments.Row(directive.directiveId(), directive.title(), lifecycle, commune.stage(),
                commune.percent(), commune.deadline(), commune.originalDeadline(), commune.openObstacles().size(),
                commune.submittedOn(), commune.lastReportAt(), Math.max(directive.lastSequence(), commune.lastSequence()));
    }
}
