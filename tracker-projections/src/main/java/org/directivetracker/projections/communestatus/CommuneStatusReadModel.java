package org.directivetracker.projections.communestatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.directivetracker.core.api.event.DirectiveEvent;
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
    private static final Object ROWS_BY_COMMUNE = new Object();

    private final DirectiveStateStore states;

    public CommuneStatusReadModel(ReadModelCollections collections) {
        this.states = new DirectiveStateStore(collections);
    }

    /** Folds the event into the assignment (or directive) it is about; a sequence already applied changes nothing. */
    public void record(DirectiveEvent event, Instant occurredAt, long sequence) {
        states.record(event, occurredAt, sequence);
    }

    public Optional<CommuneAssignments> find(String communeCode) {
        return Optional.ofNullable(byCommune().get(communeCode));
    }

    /** The assignments of the given communes, in the order given; a commune never assigned anything is left out. */
    public List<CommuneAssignments> findAll(Collection<String> communeCodes) {
        Map<String, CommuneAssignments> byCommune = byCommune();
        List<CommuneAssignments> found = new ArrayList<>(communeCodes.size());
        for (String code : communeCodes) {
            CommuneAssignments assignments = byCommune.get(code);
            if (assignments != null) {
                found.add(assignments);
            }
        }
        return found;
    }

    /** Every commune's rows, computed in one pass over the directives once per version of them: no database read. */
    private Map<String, CommuneAssignments> byCommune() {
        return states.derived(ROWS_BY_COMMUNE, CommuneStatusReadModel::rowsByCommune);
    }

    private static Map<String, CommuneAssignments> rowsByCommune(Collection<DirectiveState> directives) {
        Map<String, List<CommuneAssignments.Row>> rows = new HashMap<>();
        for (DirectiveState directive : directives) {
            for (CommuneProgress commune : directive.communes()) {
                rows.computeIfAbsent(commune.code(), code -> new ArrayList<>()).add(row(directive, commune));
            }
        }
        Map<String, CommuneAssignments> byCommune = new HashMap<>();
        rows.forEach((code, list) -> byCommune.put(code, new CommuneAssignments(code, List.copyOf(list))));
        return Map.copyOf(byCommune);
    }

    private static CommuneAssignments.Row row(DirectiveState directive, CommuneProgress commune) {
        return new CommuneAssignments.Row(directive.directiveId(), directive.title(), directive.lifecycle(), commune.stage(),
                commune.percent(), commune.deadline(), commune.originalDeadline(), commune.openObstacles().size(),
                commune.submittedOn(), commune.lastReportAt());
    }
}
