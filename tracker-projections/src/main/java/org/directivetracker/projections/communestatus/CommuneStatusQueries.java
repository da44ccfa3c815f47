package org.directivetracker.projections.communestatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.query.CommuneRegistryEntry;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.TimelinessCounts;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.text.SearchText;

/**
 * Answers a commune's status and the registry with counts: a query over the directive states, through their index by
 * commune and their counts per commune, both kept up to date from what each batch changed.
 */
public class CommuneStatusQueries {

    private final DirectiveStates states;
    private final CommuneDirectory communes;
    private final TimelinessRules rules;

    public CommuneStatusQueries(DirectiveStates states, CommuneDirectory communes, TimelinessRules rules) {
        this.states = states;
        this.communes = communes;
        this.rules = rules;
    }

    /** The commune's status, or null when the registry does not know the code. */
    @QueryHandler
    public CommuneStatusView handle(FindCommuneStatus query) {
        LocalDate asOf = AsOf.orToday(query.asOf());
        int limit = query.limit() == null ? Integer.MAX_VALUE : query.limit();
        return communes.find(query.communeCode()).map(commune -> statusView(commune, asOf, query.directiveId() == null
                ? states.mostUrgentOf(commune.code(), asOf, rules, limit)
                : states.assignmentOf(commune.code(), query.directiveId(), asOf, rules))).orElse(null);
    }

    @QueryHandler
    public List<CommuneRegistryEntry> handle(FindCommuneRegistry query) {
        LocalDate asOf = AsOf.orToday(query.asOf());
        List<Commune> matching = communes.all().stream()
                .filter(commune -> SearchText.matches(query.search(), commune.name(), commune.nameAscii(), commune.code()))
                .toList();
        List<CommuneRegistryEntry> entries = new ArrayList<>(matching.size());
        Map<String, Map<Timeliness, Integer>> counts = states.countsByCommune(asOf, rules);
        for (Commune commune : matching) {
            Map<Timeliness, Integer> ofCommune = counts.get(commune.code());
            entries.add(new CommuneRegistryEntry(commune.code(), commune.name(), commune.type(),
                    ofCommune == null ? TimelinessCounts.of(List.of()) : ofCommune));
        }
        return entries;
    }

    /** The status with the assignments found (each judged alone), the counts from the index of the same version, zeros added. */
    private CommuneStatusView statusView(Commune commune, LocalDate asOf, DirectiveStates.MostUrgent found) {
        Map<Timeliness, Integer> counts = new EnumMap<>(TimelinessCounts.of(List.of()));
        counts.putAll(found.counts());
        List<CommuneAssignment> assignments = found.assignments().stream()
                .map(entry -> assignment(entry.getKey(), entry.getValue(), asOf)).toList();
        return new CommuneStatusView(commune.code(), commune.name(), Collections.unmodifiableMap(counts), assignments,
                found.total());
    }

    private CommuneAssignment assignment(DirectiveState directive, CommuneProgress commune, LocalDate asOf) {
        int openObstacles = commune.openObstacles().size();
        return new CommuneAssignment(directive.directiveId(), directive.title(), commune.stage(), commune.timeliness(asOf, rules),
                commune.percent(), commune.deadline(), openObstacles > 0, openObstacles, commune.originalDeadline(),
                commune.lastReportAt(), directive.lifecycle());
    }
}
