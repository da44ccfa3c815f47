package org.directivetracker.projections.briefing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;

/**
 * The briefing's rows as of a day, kept with the directive states' copy: the active assignments overdue (longest
 * first) and due soon (nearest deadline first), and each commune's tally for the ranking. A changed directive takes its
 * rows and counts out as they were and puts them in as they are.
 */
record BriefingRows(LocalDate date, CommuneDirectory names, TimelinessRules rules) implements Index<DirectiveState, BriefingRows.Rows> {

    static final Comparator<BriefingItem> LONGEST_OVERDUE_FIRST = Comparator
            .comparingLong(BriefingItem::daysPastDeadline).reversed()
            .thenComparing(BriefingItem::directiveId).thenComparing(BriefingItem::communeCode);
    static final Comparator<BriefingItem> NEAREST_DEADLINE_FIRST = Comparator
            .comparing(BriefingItem::deadline)
            .thenComparing(BriefingItem::directiveId).thenComparing(BriefingItem::communeCode);

    /** One commune's open work on active directives, as of the day. */
    record Tally(int overdue, int dueSoon, int blocked, int assigned) {
        static final Tally NONE = new Tally(0, 0, 0, 0);

        Tally plus(Timeliness timeliness, boolean isBlocked, int by) {
            return new Tally(overdue + (timeliness == Timeliness.OVERDUE ? by : 0), dueSoon + (timeliness == Timeliness.DUE_SOON ? by : 0),
                    blocked + (isBlocked ? by : 0), assigned + by);
        }
    }

    /** The rows of one version. */
    record Rows(PersistentSortedMap<BriefingItem, BriefingItem> overdue, PersistentSortedMap<BriefingItem, BriefingItem> dueSoon,
            PersistentSortedMap<String, Tally> tallies) {
    }

    @Override
    public Rows build(Map<String, DirectiveState> values) {
        Rows rows = new Rows(PersistentSortedMap.empty(LONGEST_OVERDUE_FIRST), PersistentSortedMap.empty(NEAREST_DEADLINE_FIRST),
                PersistentSortedMap.empty());
        for (DirectiveState directive : values.values()) {
            rows = counted(rows, directive, 1);
        }
        return rows;
    }

    @Override
    public Rows update(Rows rows, List<Change<DirectiveState>> changes) {
        for (Change<DirectiveState> change : changes) {
            rows = counted(counted(rows, change.before(), -1), change.after(), 1);
        }
        return rows;
    }

    /** The rows with the directive's assignments put in ({@code by} 1) or taken out (-1). */
    private Rows counted(Rows rows, DirectiveState directive, int by) {
        if (directive == null || !directive.isIssued() || directive.lifecycle() != DirectiveLifecycle.ACTIVE) {
            return rows;
        }
        PersistentSortedMap<BriefingItem, BriefingItem> overdue = rows.overdue();
        PersistentSortedMap<BriefingItem, BriefingItem> dueSoon = rows.dueSoon();
        PersistentSortedMap<String, Tally> tallies = rows.tallies();
        for (CommuneProgress commune : directive.communes()) {
            Timeliness timeliness = commune.timeliness(date, rules);
            Tally tally = tallies.getOrDefault(commune.code(), Tally.NONE).plus(timeliness, commune.isBlocked(), by);
            tallies = tally.assigned() == 0 ? tallies.without(commune.code()) : tallies.with(commune.code(), tally);
            if (timeliness == Timeliness.OVERDUE || timeliness == Timeliness.DUE_SOON) {
                BriefingItem item = item(directive, commune, timeliness);
                if (timeliness == Timeliness.OVERDUE) {
                    overdue = by > 0 ? overdue.with(item, item) : overdue.without(item);
                } else {
                    dueSoon = by > 0 ? dueSoon.with(item, item) : dueSoon.without(item);
                }
            }
        }
        return new Rows(overdue, dueSoon, tallies);
    }

    private BriefingItem item(DirectiveState directive, CommuneProgress commune, Timeliness timeliness) {
        return new BriefingItem(directive.directiveId(), directive.title(), commune.code(), names.nameOf(commune.code()),
                timeliness, commune.stage(), commune.deadline(), ChronoUnit.DAYS.between(commune.deadline(), date),
                commune.percent(), commune.isBlocked());
    }
}
