package org.directivetracker.projections.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.ProgressSummary;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.text.SearchText;

/** Answers directive progress and directive lists from the directive states. */
public class DirectiveProgressQueries {

    private final DirectiveStates progress;
    private final CommuneDirectory names;
    private final TimelinessRules rules;

    public DirectiveProgressQueries(DirectiveStates progress, CommuneDirectory names, TimelinessRules rules) {
        this.progress = progress;
        this.names = names;
        this.rules = rules;
    }

    /** The directive's view, or null when no such directive was issued. */
    @QueryHandler
    public DirectiveProgressView handle(FindDirectiveProgress query) {
        return progress.find(query.directiveId())
                .filter(DirectiveState::isIssued)
                .map(state -> state.view(AsOf.orToday(query.asOf()), names, rules))
                .orElse(null);
    }

    @QueryHandler
    public List<DirectiveSummary> handle(FindDirectives query) {
        LocalDate asOf = AsOf.orToday(query.asOf());
        List<DirectiveSummary> summaries = new ArrayList<>();
        Map<String, DirectiveSummary> everyCommune = query.communeCode() == null ? progress.summariesOn(asOf, names, rules) : Map.of();
        boolean provinceByTimeliness = query.communeCode() == null && query.timeliness() != null
                                       && SearchText.fold(query.search()).isEmpty();
        List<DirectiveState> candidates = provinceByTimeliness ? progress.withTimeliness(query.timeliness(), asOf, rules)
                : progress.search(query.search(), query.communeCode());
        for (DirectiveState state : candidates) {
            DirectiveSummary kept = everyCommune.get(state.directiveId());
            if (kept != null) {
                // the summary kept with the index, its rows judged as of the day already: none is judged again
                if (matches(kept.communes(), query)) {
                    summaries.add(kept);
                }
                continue;
            }
            List<CommuneProgressRow> rows = rowsFor(state, query.communeCode(), asOf);
            boolean assigned = query.communeCode() == null || !rows.isEmpty();
            if (assigned && matches(rows, query)) {
                summaries.add(new DirectiveSummary(state.directiveId(), state.title(), state.reference(), state.deadline(),
                        state.lifecycle(), state.priority(), state.issuedAt(), ProgressSummary.of(rows), rows, state.origin()));
            }
        }
        return summaries;
    }

    /** Whether some row has the timeliness asked for, and some row the stage asked for (any row when not asked). */
    private static boolean matches(List<CommuneProgressRow> rows, FindDirectives query) {
        return (query.timeliness() == null || rows.stream().anyMatch(row -> row.timeliness() == query.timeliness()))
               && (query.stage() == null || rows.stream().anyMatch(row -> row.stage() == query.stage()));
    }

    /** Every commune's row, or only the asking commune's (none when the directive is not assigned to it). */
    private List<CommuneProgressRow> rowsFor(DirectiveState state, String communeCode, LocalDate asOf) {
        if (communeCode == null) {
            return state.view(asOf, names, rules).communes();
        }
        CommuneProgress commune = state.commune(communeCode);
        return commune == null ? List.of() : List.of(commune.row(asOf, names, rules));
    }
}
