package org.directivetracker.api.statistics;

import java.time.LocalDate;
import java.util.List;

import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.TrendPoint;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published rates (JSON, or XLSX and PDF files by {@code Accept} or {@code ?format=}), the weekly trend and the
 * reporting periods. They span every commune: the province's and the auditors' reading.
 */
@RestController
public class StatisticsController {

    private final StatisticsReports reports;

    public StatisticsController(StatisticsReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/statistics")
    public Statistics statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "the statistics");
        return reports.statistics(from, to, Groupings.parse(by));
    }

    /** The weeks, oldest first, as a plain list (the shape of DESIGN.md). */
    @GetMapping("/api/statistics/trend")
    public List<TrendPoint> trend(@RequestParam(required = false) Integer weeks, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "the statistics");
        return reports.trend(weeks).weeks();
    }

    @PostMapping("/api/periods/{period}/close")
    public PeriodReport.Closed close(@PathVariable String period, Actor actor, RequestId requestId) {
        return reports.close(period, actor, requestId);
    }

    @GetMapping("/api/periods/{period}")
    public PeriodReport period(@PathVariable String period, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "a reporting period");
        return reports.report(period);
    }
}
