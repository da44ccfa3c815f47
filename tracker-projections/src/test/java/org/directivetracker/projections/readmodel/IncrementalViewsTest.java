package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.query.CommuneRegistryEntry;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindNotifications;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.query.FindStatistics;
import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.TimelinessCounts;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.statistics.StatisticsQueries;
import org.directivetracker.projections.statistics.StatisticsReadModel;
import org.directivetracker.projections.statistics.StatisticsRules;
import org.directivetracker.projections.text.SearchText;
import org.directivetracker.projections.threads.NotificationReads;
import org.directivetracker.projections.threads.ThreadQueries;
import org.directivetracker.projections.threads.ThreadsReadModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Views that another instance keeps up to date batch by batch, through the indexes of its copies, answer exactly as
 * an instance that reads everything and builds every index at once, and as the plain definition of the registry's
 * counts and of the directive search, after random batches of a random history (fixed seed).
 */
class IncrementalViewsTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 1));
    private static final List<String> SEARCHES = List.of("", "chi thi so 1", "ct-ubnd 2", "SỐ 3", "thi 4", "xyz");
    private static final List<String> COMMUNES = List.of(Scenario.LANG_TRON, Scenario.THOI_BINH,
            ReadModels.COMMUNES.codes().get(5), ReadModels.COMMUNES.codes().get(40));

    private final ReadModels writer = new ReadModels();

    @AfterEach
    void drop() {
        writer.close();
    }

    @Test
    void canAnswerAfterRandomBatchesAsAFullRecomputationDoes() {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(31, ReadModels.COMMUNES.codes()).generate(700);
        Views following = new Views(new ReadModels(writer.database));
        Random random = new Random(31);
        int delivered = 0;
        int rounds = 0;
        while (delivered < history.size()) {
            int size = Math.min(history.size() - delivered, 1 + random.nextInt(random.nextBoolean() ? 5 : 150));
            writer.deliver(history.subList(delivered, delivered + size));
            delivered += size;
            Views everything = new Views(new ReadModels(writer.database));
            Map<String, DirectiveState> folded = fold(history.subList(0, delivered));
            for (LocalDate day : DAYS) {
                assertSameAnswers(following, everything, folded, day, delivered);
            }
            rounds++;
        }
        assertThat(rounds).isGreaterThan(8);
    }

    private static void assertSameAnswers(Views following, Views everything, Map<String, DirectiveState> folded, LocalDate day,
            int delivered) {
        String after = "after " + delivered + " events, as of " + day;
        for (String commune : COMMUNES) {
            CommuneStatusView whole = everything.read.communeQueries.handle(new FindCommuneStatus(commune, day));
            assertThat(following.read.communeQueries.handle(new FindCommuneStatus(commune, day))).as(after).isEqualTo(whole);
            assertThat(whole.assignments().stream().map(CommuneAssignment::directiveId).toList())
                    .as(after + ", " + commune + "'s assignments in order").isEqualTo(mostUrgentFirst(folded, commune));
            for (int limit : new int[] {1, 3}) {
                assertThat(following.read.communeQueries.handle(new FindCommuneStatus(commune, day, limit)))
                        .as(after + ", the " + limit + " most urgent of " + commune).isEqualTo(whole == null ? null : new CommuneStatusView(whole.code(), whole.name(), whole.counts(),
                                List.copyOf(whole.assignments().subList(0, Math.min(limit, whole.assignments().size()))), whole.total()));
            }
        }
        List<CommuneRegistryEntry> registry = following.read.communeQueries.handle(new FindCommuneRegistry(day, null));
        assertThat(registry).as(after).isEqualTo(everything.read.communeQueries.handle(new FindCommuneRegistry(day, null)));
        registry.forEach(entry -> assertThat(entry.counts()).as(after + ", " + entry.code()).isEqualTo(countsOf(folded, entry.code(), day)));
        for (String search : SEARCHES) {
            List<String> found = following.read.progressQueries.handle(new FindDirectives(null, null, null, search, day)).stream()
                    .map(DirectiveSummary::id).toList();
            assertThat(found).as(after + ", search " + search).isEqualTo(searched(folded, search));
        }
        for (Timeliness timeliness : List.of(Timeliness.OVERDUE, Timeliness.DUE_SOON, Timeliness.COMPLETED_ON_TIME)) {
            List<String> listed = following.read.progressQueries.handle(new FindDirectives(null, timeliness, null, null, day)).stream()
                    .map(DirectiveSummary::id).toList();
            assertThat(listed).as(after + ", the " + timeliness + " list").isEqualTo(withTimeliness(folded, timeliness, day));
        }
        for (FindDirectives query : List.of(new FindDirectives(null, null, null, null, day),
                new FindDirectives(COMMUNES.get(0), null, null, null, day), new FindDirectives(null, Timeliness.OVERDUE, null, "so", day))) {
            assertThat(following.read.progressQueries.handle(query)).as(after).isEqualTo(everything.read.progressQueries.handle(query));
        }
        assertThat(following.read.briefingQueries.handle(new FindBriefing(day, day.minusDays(7)))).as(after)
                .isEqualTo(everything.read.briefingQueries.handle(new FindBriefing(day, day.minusDays(7))));
        for (FindObstacles query : List.of(new FindObstacles(null, null, null, day), new FindObstacles(true, null, null, day),
                new FindObstacles(true, null, null, day, WaitingOn.PROVINCE, null))) {
            assertThat(following.read.obstacleQueries.handle(query)).as(after).isEqualTo(everything.read.obstacleQueries.handle(query));
        }
        List<ObstacleEntry> register = everything.read.obstacleQueries.handle(new FindObstacles(null, null, null, day));
        for (String commune : COMMUNES) { // from the index by commune, as the whole register filtered
            assertThat(following.read.obstacleQueries.handle(new FindObstacles(null, null, commune, day))).as(after + ", " + commune)
                    .isEqualTo(register.stream().filter(entry -> entry.communeCode().equals(commune)).toList());
        }
        for (String directive : folded.keySet()) { // from the directive's obstacles alone, as the whole register filtered
            assertThat(following.read.obstacleQueries.handle(new FindObstacles(null, null, null, day, null, null, directive)))
                    .as(after + ", " + directive).isEqualTo(register.stream().filter(entry -> entry.directiveId().equals(directive)).toList());
        }
        for (StatisticsGrouping by : StatisticsGrouping.values()) {
            FindStatistics query = new FindStatistics(day.minusMonths(2), day, by, null);
            assertThat(following.statistics.handle(query)).as(after).isEqualTo(everything.statistics.handle(query));
        }
        List<InboxItem> inbox = everything.threads.handle(new FindInbox(Role.PROVINCE, null, "leader")).items();
        assertThat(following.threads.handle(new FindInbox(Role.PROVINCE, null, "leader")).items()).as(after).isEqualTo(inbox);
        for (String directive : folded.keySet()) { // from the directive's threads alone, as the whole inbox filtered
            assertThat(following.threads.handle(new FindInbox(Role.PROVINCE, null, "leader", directive, null)).items())
                    .as(after + ", " + directive).isEqualTo(inbox.stream().filter(item -> item.directiveId().equals(directive)).toList());
        }
        assertThat(following.threads.handle(new FindNotifications(Role.PROVINCE, null, "leader"))).as(after)
                .isEqualTo(everything.threads.handle(new FindNotifications(Role.PROVINCE, null, "leader")));
        for (String commune : COMMUNES) {
            FindNotifications query = new FindNotifications(Role.COMMUNE, commune, "chair-" + commune);
            assertThat(following.threads.handle(query)).as(after).isEqualTo(everything.threads.handle(query));
        }
    }

    /** One instance's queries: the read models', the threads' and the statistics'. */
    private record Views(ReadModels read, ThreadQueries threads, StatisticsQueries statistics) {
        Views(ReadModels read) {
            this(read, new ThreadQueries(read.room.readModel(ThreadsReadModel.REGISTRATION), ReadModels.COMMUNES,
                    new NotificationReads(read.database)), new StatisticsQueries(read.room.readModel(StatisticsReadModel.REGISTRATION),
                    ReadModels.COMMUNES, StatisticsRules.of(ReadModels.RULES)));
        }
    }

    /** The registry's counts by their definition: every assignment of the commune judged as of the day. */
    private static Map<Timeliness, Integer> countsOf(Map<String, DirectiveState> folded, String commune, LocalDate day) {
        List<Timeliness> judged = new ArrayList<>();
        for (DirectiveState state : folded.values()) {
            CommuneProgress assigned = state.commune(commune);
            if (assigned != null) {
                judged.add(assigned.timeliness(day, ReadModels.RULES));
            }
        }
        return TimelinessCounts.of(judged);
    }

    /** A commune's assignments in the order of urgency by its definition: open work, nearest deadline, then the id. */
    private static List<String> mostUrgentFirst(Map<String, DirectiveState> folded, String commune) {
        return folded.values().stream().filter(state -> state.commune(commune) != null)
                .sorted(Comparator.comparing((DirectiveState state) -> !state.commune(commune).stage().isOpen())
                        .thenComparing(state -> state.commune(commune).deadline()).thenComparing(DirectiveState::directiveId))
                .map(DirectiveState::directiveId).toList();
    }

    /** A list by timeliness by its definition: every issued directive with a commune of that timeliness, the last issued first. */
    private static List<String> withTimeliness(Map<String, DirectiveState> folded, Timeliness timeliness, LocalDate day) {
        return folded.values().stream().filter(DirectiveState::isIssued)
                .filter(state -> state.communes().stream().anyMatch(commune -> commune.timeliness(day, ReadModels.RULES) == timeliness))
                .sorted(Comparator.comparing(DirectiveState::issuedAt).thenComparing(DirectiveState::directiveId).reversed())
                .map(DirectiveState::directiveId).toList();
    }

    /** The search by its definition: every issued directive whose texts hold every word, newest first. */
    private static List<String> searched(Map<String, DirectiveState> folded, String search) {
        return folded.values().stream().filter(DirectiveState::isIssued)
                .filter(state -> SearchText.matches(search, state.title(), state.reference(), state.directiveId()))
                .sorted(Comparator.comparing(DirectiveState::issuedAt).reversed().thenComparing(DirectiveState::directiveId))
                .map(DirectiveState::directiveId).toList();
    }

    private static Map<String, DirectiveState> fold(List<DomainEventMessage<DirectiveEvent>> events) {
        Map<String, DirectiveState> states = new TreeMap<>();
        for (DomainEventMessage<DirectiveEvent> event : events) {
            states.computeIfAbsent(event.getAggregateIdentifier(), DirectiveState::new)
                    .apply(event.getPayload(), event.getTimestamp(), event.getSequenceNumber());
        }
        return states;
    }
}
