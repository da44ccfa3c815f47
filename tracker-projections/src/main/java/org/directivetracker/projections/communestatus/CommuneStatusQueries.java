package org.directivetracker.projections.communestatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.text.SearchText;

/** Answers a commune's status and the registry with counts, from the commune status read model. */
public class CommuneStatusQueries {

    /** Open work first (nearest deadline first), then what is done or withdrawn. */
    private static final Comparator<CommuneAssignment> MOST_URGENT_FIRST = Comparator
            .comparing((CommuneAssignment a) -> !a.stage().isOpen())
            .thenComparing(CommuneAssignment::deadline)
            .thenComparing(CommuneAssignment::directiveId);

    private final CommuneStatusReadModel status;
    private final CommuneDirectory communes;

    public CommuneStatusQueries(CommuneStatusReadModel status, CommuneDirectory communes) {
        this.status = status;
        this.communes = communes;
    }

    /** The commune's status, or null when the registry does not know the code. */
    @QueryHandler
    public CommuneStatusView handle(FindCommuneStatus query) {
        LocalDate asOf = AsOf.orToday(query.asOf());
        return communes.find(query.communeCode())
                .map(commune -> {
                    List<CommuneAssignment> assignments = new ArrayList<>();
                    status.find(commune.code()).ifPresent(stored -> stored.rows().forEach(row -> assignments.add(row.judgedOn(asOf))));
                    assignments.sort(MOST_URGENT_FIRST);
                    return new CommuneStatusView(commune.code(), commune.name(),
                            TimelinessCounts.of(assignments.stream().map(CommuneAssignment::timeliness).toList()), List.copyOf(assignments));
                })
                .orElse(null);
    }

    @QueryHandler
    public List<CommuneRegistryEntry> handle(FindCommuneRegistry query) {
        LocalDate asOf = AsOf.orToday(query.asOf());
        List<Commune> matching = communes.all().stream()
                .filter(commune -> SearchText.matches(query.search(), commune.name(), commune.nameAscii(), commune.code()))
                .toList();
        Map<String, CommuneAssignments> stored = new HashMap<>();
        status.findAll(matching.stream().map(Commune::code).toList()).forEach(found -> stored.put(found.communeCode(), found));
        List<CommuneRegistryEntry> entries = new ArrayList<>(matching.size());
        for (Commune commune : matching) {
            List<Timeliness> judged = new ArrayList<>();
            CommuneAssignments assignments = stored.get(commune.code());
            if (assignments != null) {
                assignments.rows().forEach(row -> judged.add(row.timeliness(asOf)));
            }
            entries.add(new CommuneRegistryEntry(commune.code(), commune.name(), commune.type(), TimelinessCounts.of(judged)));
        }
        return entries;
    }
}
