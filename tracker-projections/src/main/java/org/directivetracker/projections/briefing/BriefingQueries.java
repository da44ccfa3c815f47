package org.directivetracker.projections.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingChange;
import org.directivetracker.core.api.query.BriefingChanges;
import org.directivetracker.core.api.query.CommuneRanking;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.readmodel.ReadModelCopy;

/**
 * Answers the meeting briefing from three read models: the directive states (overdue, due soon, ranking), the obstacle
 * register (obstacles open longest) and the changes per day. Only active directives are raised; a closed or
 * withdrawn one needs no meeting. Its rows come from indexes kept with the copies ({@link BriefingRows}, the
 * register as of the day), so a briefing after a write costs its own length, not the province's size.
 */
public class BriefingQueries {

    /** How far back "what changed" looks when the caller gives no date. */
    public static final int DEFAULT_SINCE_DAYS = 7;

    private static final Comparator<Map.Entry<String, BriefingRows.Tally>> MOST_OVERDUE_FIRST = Comparator
            .comparingInt((Map.Entry<String, BriefingRows.Tally> tally) -> tally.getValue().overdue()).reversed()
            .thenComparing(Comparator.comparingInt((Map.Entry<String, BriefingRows.Tally> tally) -> tally.getValue().dueSoon()).reversed())
            .thenComparing(Map.Entry::getKey);

    private static final int RECENT_KEPT = 16;

    private final Map<Inputs, Briefing> recent = new ConcurrentHashMap<>();
    private final DirectiveStates progress;
    private final ObstacleRegisterReadModel obstacles;
    private final BriefingChangesReadModel changes;
    private final CommuneDirectory names;
    private final TimelinessRules rules;
    private final DepartmentDirectory departments;

    public BriefingQueries(DirectiveStates progress, ObstacleRegisterReadModel obstacles,
            BriefingChangesReadModel changes, CommuneDirectory names, DepartmentDirectory departments,
            TimelinessRules rules) {
        this.rules = rules;
        this.progress = progress;
        this.obstacles = obstacles;
        this.changes = changes;
        this.names = names;
        this.departments = departments;
    }

    /**
     * The briefing, computed once per day asked and version of the three read models: in a meeting many open the
     * same briefing, and between two batches of events nothing in it can change.
     */
    @QueryHandler
    public Briefing handle(FindBriefing query) {
        LocalDate date = AsOf.orToday(query.date());
        LocalDate since = query.since() != null ? query.since() : date.minusDays(DEFAULT_SINCE_DAYS);
        // the versions first: what is computed after them is at least as new as they say. The directives are read
        // from one version throughout: a lookup per change through the copy would ask the change log each time
        ReadModelCopy.Version<DirectiveState> states = progress.read();
        int rows = query.rows() == null ? Integer.MAX_VALUE : query.rows();
        Inputs inputs = new Inputs(states.name(), obstacles.version(), changes.version(), date, since, rows);
        if (recent.size() > RECENT_KEPT) {
            recent.clear();
        }
        return recent.computeIfAbsent(inputs, key -> briefing(states, date, since, rows));
    }

    /** What a briefing depends on. */
    private record Inputs(String progress, String obstacles, String changes, LocalDate date, LocalDate since, int rows) {
    }

    /**
     * The first {@code rows} rows of each list, counted whole: a page that shows 100 rows of a busy week pays for those
     * rows (each a directive lookup and its timeliness) and the changes' counts per day, not for a row of every change.
     */
    private Briefing briefing(ReadModelCopy.Version<DirectiveState> states, LocalDate date, LocalDate since, int rows) {
        BriefingRows.Rows indexed = states.index(new BriefingRows(date, names, rules));
        List<ObstacleEntry> openObstacles = new ArrayList<>();
        for (ObstacleEntry entry : obstacles.entriesOn(date, names, departments)) {
            if (!entry.open()) {
                break; // the open ones come first; one of a withdrawn or closed directive is not open
            }
            openObstacles.add(entry);
        }
        Map<ChangeKind, Kept> changed = changesBetween(states.values(), since, date, rows);
        BriefingChanges kept = new BriefingChanges(changed.get(ChangeKind.NEW_DIRECTIVE).rows(), changed.get(ChangeKind.COMPLETION).rows(),
                changed.get(ChangeKind.OBSTACLE_RAISED).rows(), changed.get(ChangeKind.OBSTACLE_RESOLVED).rows(),
                changed.get(ChangeKind.EXTENSION).rows());
        Briefing.Totals totals = new Briefing.Totals(indexed.overdue().size(), indexed.dueSoon().size(), openObstacles.size(),
                changed.get(ChangeKind.NEW_DIRECTIVE).total(), changed.get(ChangeKind.COMPLETION).total(),
                changed.get(ChangeKind.OBSTACLE_RAISED).total(), changed.get(ChangeKind.OBSTACLE_RESOLVED).total(),
                changed.get(ChangeKind.EXTENSION).total());
        return new Briefing(date, since, first(indexed.overdue().values(), rows), first(indexed.dueSoon().values(), rows),
                first(openObstacles, rows), ranking(indexed.tallies()), kept, overdueReferrals(openObstacles), totals);
    }

    private static <T> List<T> first(Iterable<T> rows, int limit) {
        List<T> kept = new ArrayList<>();
        for (T row : rows) {
            if (kept.size() == limit) {
                break;
            }
            kept.add(row);
        }
        return List.copyOf(kept);
    }

    /** Per department, its referrals past their answer-by date (open longest first); most overdue department first. */
    private List<DepartmentReferrals> overdueReferrals(List<ObstacleEntry> openObstacles) {
        Map<String, List<ObstacleEntry>> byDepartment = new TreeMap<>();
        for (ObstacleEntry obstacle : openObstacles) {
            if (obstacle.overdue()) {
                byDepartment.computeIfAbsent(obstacle.referredTo(), code -> new ArrayList<>()).add(obstacle);
            }
        }
        return byDepartment.entrySet().stream()
                .map(entry -> new DepartmentReferrals(entry.getKey(), departments.nameOf(entry.getKey()),
                        List.copyOf(entry.getValue())))
                .sorted(Comparator.comparingInt((DepartmentReferrals referrals) -> referrals.overdue().size()).reversed()
                        .thenComparing(DepartmentReferrals::departmentCode))
                .toList();
    }

    private List<CommuneRanking> ranking(Map<String, BriefingRows.Tally> tallies) {
        List<Map.Entry<String, BriefingRows.Tally>> ranked = tallies.entrySet().stream().filter(tally -> tally.getValue().overdue() > 0)
                .sorted(MOST_OVERDUE_FIRST).toList();
        List<CommuneRanking> ranking = new ArrayList<>(ranked.size());
        for (Map.Entry<String, BriefingRows.Tally> entry : ranked) {
            BriefingRows.Tally tally = entry.getValue();
            ranking.add(new CommuneRanking(ranking.size() + 1, entry.getKey(), names.nameOf(entry.getKey()), tally.overdue(),
                    tally.dueSoon(), tally.blocked(), tally.assigned()));
        }
        return ranking;
    }

    private Map<ChangeKind, Kept> changesBetween(Map<String, DirectiveState> directives, LocalDate since, LocalDate date, int rows) {
        Map<ChangeKind, Kept> kept = new EnumMap<>(ChangeKind.class);
        changes.firstOfEachKind(since, date, rows).forEach((kind, found) -> kept.put(kind,
                new Kept(found.first().stream().map(change -> row(change, directives, date)).toList(), found.total())));
        return kept;
    }

    /** One list of changes: its first rows, and how many it has in all. */
    private record Kept(List<BriefingChange> rows, int total) {
    }

    private BriefingChange row(StoredChange change, Map<String, DirectiveState> directives, LocalDate date) {
        DirectiveState issued = directives.get(change.directiveId());
        DirectiveState directive = issued != null && issued.isIssued() ? issued : null;
        String title = directive == null ? null : directive.title();
        CommuneProgress commune = directive == null || change.communeCode() == null ? null : directive.commune(change.communeCode());
        return new BriefingChange(change.at(), change.directiveId(), title, change.communeCode(),
                change.communeCode() == null ? null : names.nameOf(change.communeCode()),
                commune == null ? null : commune.timeliness(date, rules), change.detail(), change.detailKind(), change.detailValues());
    }
}
