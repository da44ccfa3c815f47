package org.directivetracker.projections.briefing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingChange;
import org.directivetracker.core.api.query.BriefingChanges;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.CommuneRanking;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStates;

/**
 * Answers the meeting briefing from three read models: the directive states (overdue, due soon, ranking), the obstacle
 * register (obstacles open longest) and the changes per day. Only active directives are raised; a closed or
 * withdrawn one needs no meeting.
 */
public class BriefingQueries {

    /** How far back "what changed" looks when the caller gives no date. */
    public static final int DEFAULT_SINCE_DAYS = 7;

    private static final Comparator<BriefingItem> LONGEST_OVERDUE_FIRST = Comparator
            .comparingLong(BriefingItem::daysPastDeadline).reversed()
            .thenComparing(BriefingItem::directiveId).thenComparing(BriefingItem::communeCode);
    private static final Comparator<BriefingItem> NEAREST_DEADLINE_FIRST = Comparator
            .comparing(BriefingItem::deadline)
            .thenComparing(BriefingItem::directiveId).thenComparing(BriefingItem::communeCode);
    private static final Comparator<CommuneTally> MOST_OVERDUE_FIRST = Comparator
            .comparingInt((CommuneTally tally) -> tally.overdue).reversed()
            .thenComparing(Comparator.comparingInt((CommuneTally tally) -> tally.dueSoon).reversed())
            .thenComparing(tally -> tally.code);

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
        // the versions first: what is computed after them is at least as new as they say
        Inputs inputs = new Inputs(progress.version(), obstacles.version(), changes.version(), date, since);
        if (recent.size() > RECENT_KEPT) {
            recent.clear();
        }
        return recent.computeIfAbsent(inputs, key -> briefing(date, since));
    }

    /** What a briefing depends on. */
    private record Inputs(String progress, String obstacles, String changes, LocalDate date, LocalDate since) {
    }

    private Briefing briefing(LocalDate date, LocalDate since) {
        Map<String, DirectiveState> directives = new HashMap<>();
        List<BriefingItem> overdue = new ArrayList<>();
        List<BriefingItem> dueSoon = new ArrayList<>();
        Map<String, CommuneTally> tallies = new TreeMap<>();
        for (DirectiveState directive : progress.all()) {
            directives.put(directive.directiveId(), directive);
            if (directive.lifecycle() != DirectiveLifecycle.ACTIVE) {
                continue;
            }
            for (CommuneProgress commune : directive.communes()) {
                Timeliness timeliness = commune.timeliness(date, rules);
                CommuneTally tally = tallies.computeIfAbsent(commune.code(), CommuneTally::new);
                tally.count(timeliness, commune);
                if (timeliness == Timeliness.OVERDUE) {
                    overdue.add(item(directive, commune, timeliness, date));
                } else if (timeliness == Timeliness.DUE_SOON) {
                    dueSoon.add(item(directive, commune, timeliness, date));
                }
            }
        }
        overdue.sort(LONGEST_OVERDUE_FIRST);
        dueSoon.sort(NEAREST_DEADLINE_FIRST);
        List<ObstacleEntry> openObstacles = obstacles.all().stream()
                .filter(obstacle -> obstacle.openOn(date))
                .map(obstacle -> obstacle.entryOn(date, names, departments))
                .sorted(ObstacleRegisterQueries.OPEN_LONGEST_FIRST)
                .toList();
        return new Briefing(date, since, List.copyOf(overdue), List.copyOf(dueSoon), openObstacles, ranking(tallies),
                changesBetween(since, date, directives), overdueReferrals(openObstacles));
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

    private BriefingItem item(DirectiveState directive, CommuneProgress commune, Timeliness timeliness, LocalDate date) {
        return new BriefingItem(directive.directiveId(), directive.title(), commune.code(), names.nameOf(commune.code()),
                timeliness, commune.stage(), commune.deadline(), ChronoUnit.DAYS.between(commune.deadline(), date),
                commune.percent(), commune.isBlocked());
    }

    private List<CommuneRanking> ranking(Map<String, CommuneTally> tallies) {
        List<CommuneTally> ranked = tallies.values().stream().filter(tally -> tally.overdue > 0).sorted(MOST_OVERDUE_FIRST).toList();
        List<CommuneRanking> ranking = new ArrayList<>(ranked.size());
        for (CommuneTally tally : ranked) {
            ranking.add(new CommuneRanking(ranking.size() + 1, tally.code, names.nameOf(tally.code), tally.overdue,
                    tally.dueSoon, tally.blocked, tally.assigned));
        }
        return ranking;
    }

    private BriefingChanges changesBetween(LocalDate since, LocalDate date, Map<String, DirectiveState> directives) {
        Map<ChangeKind, List<BriefingChange>> byKind = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (StoredChange change : changes.between(since, date)) {
            DirectiveState directive = directives.get(change.directiveId());
            String title = directive == null ? null : directive.title();
            CommuneProgress commune = directive == null || change.communeCode() == null ? null : directive.commune(change.communeCode());
            byKind.get(change.kind()).add(new BriefingChange(change.at(), change.directiveId(), title, change.communeCode(),
                    change.communeCode() == null ? null : names.nameOf(change.communeCode()),
                    commune == null ? null : commune.timeliness(date, rules), change.detail(), change.detailKind(),
                    change.detailValues()));
        }
        return new BriefingChanges(List.copyOf(byKind.get(ChangeKind.NEW_DIRECTIVE)), List.copyOf(byKind.get(ChangeKind.COMPLETION)),
                List.copyOf(byKind.get(ChangeKind.OBSTACLE_RAISED)), List.copyOf(byKind.get(ChangeKind.OBSTACLE_RESOLVED)),
                List.copyOf(byKind.get(ChangeKind.EXTENSION)));
    }

    /** One commune's open work on active directives, as of the briefing date. */
    private static final class CommuneTally {
        final String code;
        int overdue;
        int dueSoon;
        int blocked;
        int assigned;

        CommuneTally(String code) {
            this.code = code;
        }

        void count(Timeliness timeliness, CommuneProgress commune) {
            assigned++;
            if (timeliness == Timeliness.OVERDUE) {
                overdue++;
            } else if (timeliness == Timeliness.DUE_SOON) {
                dueSoon++;
            }
            if (commune.isBlocked()) {
                blocked++;
            }
        }
    }
}
