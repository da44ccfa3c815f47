package org.directivetracker.api.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.documents.Words;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.command.ClosePeriod;
import org.directivetracker.core.api.event.PeriodClosed;
import org.directivetracker.core.api.query.FindStatistics;
import org.directivetracker.core.api.query.FindTrend;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.query.Trend;
import org.directivetracker.core.api.value.PeriodFigure;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.ReportingPeriod;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.core.api.value.TaskCounts;
import org.springframework.stereotype.Service;

/**
 * The statistics feature's one door, for REST and pages alike: the published rates, the weekly trend, and reporting
 * periods, closed with their figures as replayed to the cut-off and read back beside the figures known now.
 */
@Service
public class StatisticsReports {

    private final ViewQueries views;
    private final CommandGateway commands;
    private final EventStore events;
    private final StatisticsProperties properties;
    private final RowNames names;

    public StatisticsReports(ViewQueries views, CommandGateway commands, EventStore events, StatisticsProperties properties,
            Words words) {
        this.views = views;
        this.commands = commands;
        this.events = events;
        this.properties = properties;
        this.names = new RowNames(words);
    }

    /** The rates from {@code from} to {@code to}; without either, over the reporting period running today. */
    public Statistics statistics(LocalDate from, LocalDate to, StatisticsGrouping by) {
        ReportingPeriod running = ReportingPeriod.containing(Words.today(), properties.cutOffDay());
        LocalDate last = to != null ? to : from == null ? running.to() : Words.today();
        LocalDate first = from != null ? from : to == null ? running.from() : last.withDayOfMonth(1);
        return names.name(ask(new FindStatistics(first, last, by, null)));
    }

    public Trend trend(Integer weeks) {
        return views.ask(new FindTrend(weeks != null ? weeks : properties.trendWeeks(), null), ResponseTypes.instanceOf(Trend.class));
    }

    public ReportingPeriod period(String name) {
        return ReportingPeriod.parse(name, properties.cutOffDay());
    }

    /** Closes the period with every grouping's figures as the events known at the end of its cut-off day give them. */
    public PeriodReport.Closed close(String name, Actor actor, RequestId requestId) {
        ReportingPeriod period = period(name);
        Instant cutOff = endOf(period.to());
        List<PeriodFigure> figures = new ArrayList<>();
        for (StatisticsGrouping by : StatisticsGrouping.values()) {
            for (StatisticsRow row : ask(new FindStatistics(period.from(), period.to(), by, cutOff)).rows()) {
                figures.add(new PeriodFigure(by, row.key(), row.counts()));
            }
        }
        String digest = commands.sendAndWait(new ClosePeriod(period.streamId(), period.name(), period.from(), period.to(),
                figures, actor, requestId.value()), Commands.metadataOf(actor, requestId.value()));
        return new PeriodReport.Closed(period.name(), period.from(), period.to(), digest);
    }

    /** The period's frozen figures (once closed), its figures as known now, and what differs. */
    public PeriodReport report(String name) {
        ReportingPeriod period = period(name);
        Map<StatisticsGrouping, List<StatisticsRow>> current = new EnumMap<>(StatisticsGrouping.class);
        StatisticsRow currentTotal = null;
        for (StatisticsGrouping by : StatisticsGrouping.values()) {
            Statistics now = names.name(ask(new FindStatistics(period.from(), period.to(), by, null)));
            current.put(by, now.rows());
            currentTotal = now.total();
        }
        DomainEventMessage<?> closing = closingOf(period);
        if (closing == null) {
            return new PeriodReport(period.name(), period.from(), period.to(), PeriodReport.State.OPEN, null, null, null,
                    null, null, current, currentTotal, List.of());
        }
        PeriodClosed closed = (PeriodClosed) closing.getPayload();
        Map<StatisticsGrouping, List<StatisticsRow>> frozen = frozenRows(closed, current);
        List<PeriodReport.Difference> differences = new ArrayList<>();
        for (StatisticsGrouping by : StatisticsGrouping.values()) {
            differences.addAll(differences(by, frozen.get(by), current.get(by)));
        }
        return new PeriodReport(period.name(), period.from(), period.to(), PeriodReport.State.CLOSED, closing.getTimestamp(),
                (String) closing.getMetaData().get(MetadataKeys.ACCOUNT), closed.digest(), frozen,
                total(frozen.get(StatisticsGrouping.COMMUNE)), current, currentTotal, differences);
    }

    private Map<StatisticsGrouping, List<StatisticsRow>> frozenRows(PeriodClosed closed,
            Map<StatisticsGrouping, List<StatisticsRow>> current) {
        Map<StatisticsGrouping, List<StatisticsRow>> frozen = new EnumMap<>(StatisticsGrouping.class);
        for (StatisticsGrouping by : StatisticsGrouping.values()) {
            Map<String, String> currentNames = new LinkedHashMap<>();
            current.get(by).forEach(row -> currentNames.put(row.key(), row.name()));
            List<StatisticsRow> rows = closed.figures().stream().filter(figure -> figure.by() == by)
                    .map(figure -> StatisticsRow.of(figure.key(), currentNames.get(figure.key()), figure.counts())).toList();
            frozen.put(by, names.name(by, rows));
        }
        return frozen;
    }

    private static List<PeriodReport.Difference> differences(StatisticsGrouping by, List<StatisticsRow> frozen,
            List<StatisticsRow> current) {
        Map<String, StatisticsRow[]> byKey = new LinkedHashMap<>();
        frozen.forEach(row -> byKey.computeIfAbsent(row.key(), key -> new StatisticsRow[2])[0] = row);
        current.forEach(row -> byKey.computeIfAbsent(row.key(), key -> new StatisticsRow[2])[1] = row);
        List<PeriodReport.Difference> differences = new ArrayList<>();
        byKey.forEach((key, pair) -> {
            TaskCounts was = pair[0] == null ? TaskCounts.NONE : pair[0].counts();
            TaskCounts now = pair[1] == null ? TaskCounts.NONE : pair[1].counts();
            if (!was.equals(now)) {
                int[] change = now.minus(was);
                String name = pair[1] != null ? pair[1].name() : pair[0].name();
                differences.add(new PeriodReport.Difference(by, key, name, pair[0], pair[1], change[0], change[1], change[2], change[3]));
            }
        });
        return differences;
    }

    private StatisticsRow total(List<StatisticsRow> rows) {
        TaskCounts sum = TaskCounts.NONE;
        for (StatisticsRow row : rows) {
            sum = sum.plus(row.counts());
        }
        return names.total(StatisticsRow.of("TOTAL", null, sum));
    }

    private DomainEventMessage<?> closingOf(ReportingPeriod period) {
        return events.readEvents(period.streamId()).asStream()
                .filter(event -> event.getPayload() instanceof PeriodClosed)
                .findFirst().orElse(null);
    }

    private Statistics ask(FindStatistics query) {
        return views.ask(query, ResponseTypes.instanceOf(Statistics.class));
    }

    /** The last instant of a day in the province: what was known by the end of the cut-off day. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant().minusNanos(1);
    }
}
