package org.directivetracker.api.statistics;

import java.util.List;

import org.directivetracker.api.documents.DocumentProperties;
import org.directivetracker.api.documents.PdfReport;
import org.directivetracker.api.documents.PdfReport.Column;
import org.directivetracker.api.documents.StatisticsDocuments;
import org.directivetracker.api.documents.Words;
import org.directivetracker.core.api.value.StatisticsGrouping;

/**
 * A reporting period's report under the official header: the figures per commune as frozen when it was closed (as
 * known now while it is open), the province's total, then every difference that later events made, and the digest
 * that lets a reader check the frozen figures.
 */
final class PeriodReportPdf {

    private final Words words;
    private final DocumentProperties issuer;

    PeriodReportPdf(Words words, DocumentProperties issuer) {
        this.words = words;
        this.issuer = issuer;
    }

    static String fileName(PeriodReport report) {
        return "period-" + report.period() + ".pdf";
    }

    byte[] pdf(PeriodReport period) {
        boolean closed = period.state() == PeriodReport.State.CLOSED;
        PdfReport report = PdfReport.portrait()
                .header(issuer.reportHeader(Words.today()))
                .title(words.of("statistics.report.title"))
                .subtitle(words.of("statistics.report.subtitle", Words.date(period.from()), Words.date(period.to())));
        report.paragraph(words.of("period.title", period.period()) + ": " + words.of("period.state." + period.state())
                + (closed ? " (" + words.of("period.closedAt", Words.dateTime(period.closedAt()), period.closedBy()) + ")" : ""));
        report.paragraph(words.of("statistics.report.basis", Words.date(period.to())));
        report.heading(words.of(closed ? "period.frozen" : "period.current"));
        StatisticsDocuments.table(report, words, StatisticsGrouping.COMMUNE,
                (closed ? period.frozen() : period.current()).get(StatisticsGrouping.COMMUNE),
                closed ? period.frozenTotal() : period.currentTotal());
        if (closed) {
            report.heading(words.of("period.differences"));
            if (period.differences().isEmpty()) {
                report.paragraph(words.of("period.noDifferences"));
            } else {
                report.table(List.of(
                        Column.text(words.of("statistics.by"), 2.4f),
                        Column.text(words.of("statistics.column.name"), 4),
                        Column.number(words.of("statistics.column.completedOnTime"), 2),
                        Column.number(words.of("statistics.column.completedLate"), 2),
                        Column.number(words.of("statistics.column.overdue"), 2),
                        Column.number(words.of("statistics.column.open"), 2)),
                        period.differences().stream().map(difference -> List.of(words.of("statistics.by." + difference.by()),
                                difference.name() != null ? difference.name() : difference.key(),
                                signed(difference.completedOnTime()), signed(difference.completedLate()),
                                signed(difference.overdue()), signed(difference.open()))).toList());
            }
            report.paragraph(words.of("period.digest") + ":");
            report.note(period.digest());
        }
        return report.toBytes();
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
