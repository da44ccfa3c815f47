package org.directivetracker.api.pages;

import java.time.LocalDate;
import java.util.List;

import org.directivetracker.api.documents.DocumentMediaTypes;
import org.directivetracker.api.statistics.StatisticsReports;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.Trend;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statistics page (rates over the tasks due, the ranking and the weekly trend, charted), its files, and the
 * trend the dashboard's chart reads; all through the statistics feature's service, in the signed-in session.
 */
@Controller
@RequestMapping("/province/statistics")
public class StatisticsPages {

    private final StatisticsReports reports;
    private final ObjectMapper json;

    public StatisticsPages(StatisticsReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping
    String statistics(@RequestParam(required = false) @PageDay LocalDate from,
            @RequestParam(required = false) @PageDay LocalDate to,
            @RequestParam(required = false) StatisticsGrouping by, Model model) throws JsonProcessingException {
        Statistics statistics = reports.statistics(from, to, by != null ? by : StatisticsGrouping.COMMUNE);
        Trend trend = reports.trend(null);
        model.addAttribute("statistics", statistics);
        model.addAttribute("groupings", List.of(StatisticsGrouping.values()));
        model.addAttribute("statisticsJson", json.writeValueAsString(statistics));
        model.addAttribute("trendJson", json.writeValueAsString(trend));
        return "statistics/statistics";
    }

    @GetMapping("/trend")
    @ResponseBody
    Trend trend() {
        return reports.trend(null);
    }

    @GetMapping("/file.xlsx")
    ResponseEntity<Statistics> xlsx(@RequestParam(required = false) @PageDay LocalDate from,
            @RequestParam(required = false) @PageDay LocalDate to,
            @RequestParam(required = false) StatisticsGrouping by) {
        return file(DocumentMediaTypes.XLSX, from, to, by);
    }

    @GetMapping("/file.pdf")
    ResponseEntity<Statistics> pdf(@RequestParam(required = false) @PageDay LocalDate from,
            @RequestParam(required = false) @PageDay LocalDate to,
            @RequestParam(required = false) StatisticsGrouping by) {
        return file(DocumentMediaTypes.PDF, from, to, by);
    }

    private ResponseEntity<Statistics> file(MediaType type, LocalDate from, LocalDate to, StatisticsGrouping by) {
        return ResponseEntity.ok().contentType(type)
                .body(reports.statistics(from, to, by != null ? by : StatisticsGrouping.COMMUNE));
    }
}
