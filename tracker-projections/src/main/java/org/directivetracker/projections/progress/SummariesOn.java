package org.directivetracker.projections.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.ProgressSummary;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;

/**
 * Every issued directive's summary with all its communes' rows as of a day, by directive id: the province's list of
 * directives (and the dashboard built on it) judges again only the directives a batch changed.
 */
record SummariesOn(LocalDate asOf, CommuneDirectory names, TimelinessRules rules)
        implements Index<DirectiveState, PersistentSortedMap<String, DirectiveSummary>> {

    @Override
    public PersistentSortedMap<String, DirectiveSummary> build(Map<String, DirectiveState> values) {
        PersistentSortedMap<String, DirectiveSummary> summaries = PersistentSortedMap.empty();
        for (DirectiveState state : values.values()) {
            summaries = state.isIssued() ? summaries.with(state.directiveId(), summaryOf(state)) : summaries;
        }
        return summaries;
    }

    @Override
    public PersistentSortedMap<String, DirectiveSummary> update(PersistentSortedMap<String, DirectiveSummary> summaries,
            List<Change<DirectiveState>> changes) {
        for (Change<DirectiveState> change : changes) {
            DirectiveState after = change.after();
            summaries = after == null || !after.isIssued() ? summaries.without(change.key())
                    : summaries.with(change.key(), summaryOf(after));
        }
        return summaries;
    }

    /** The directive's summary with every commune's row, as the list of directives shows it. */
    DirectiveSummary summaryOf(DirectiveState state) {
        List<CommuneProgressRow> rows = state.view(asOf, names, rules).communes();
        return new DirectiveSummary(state.directiveId(), state.title(), state.reference(), state.deadline(), state.lifecycle(),
                state.priority(), state.issuedAt(), ProgressSummary.of(rows), rows, state.origin());
    }
}
