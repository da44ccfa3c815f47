package org.directivetracker.api.documents;

import java.util.ArrayList;
import java.util.List;

import org.directivetracker.api.documents.PdfReport.Column;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.value.StatisticsGrouping;

/**
 * The published figures as an XLSX sheet and as a PDF report under the official header: a row per commune (or
 * department, field, priority) in rank order, then the province's total.
 */
public final class StatisticsDocuments {

    private final Words words;
    private final DocumentProperties issuer;

    public StatisticsDocuments(Words words, DocumentProperties issuer) {
        this.words = words;
        this.issuer = issuer;
    }

    static String fileName(Statistics statistics, String extension) {
        return "statistics-" + statistics.from() + "-" + statistics.to() + "-" + statistics.by().name().toLowerCase() + "." + extension;
    }

    byte[] xlsx(Statistics statistics) {
        Spreadsheet workbook = new Spreadsheet();
        workbook.sheet(words.of("documents.sheet.statistics"), List.of(
                new Spreadsheet.Column(words.of("statistics.column.rank"), 6),
                new Spreadsheet.Column(words.of("statistics.column.key"), 12),
                new Spreadsheet.Column(words.of("statistics.by." + statistics.by()), 34),
                new Spreadsheet.Column(words.of("statistics.column.due"), 14),
                new Spreadsheet.Column(words.of("statistics.column.completedOnTime"), 14),
                new Spreadsheet.Column(words.of("statistics.column.completedLate"), 14),
                new Spreadsheet.Column(words.of("statistics.column.overdue"), 16),
                new Spreadsheet.Column(words.of("statistics.column.open"), 16),
                new Spreadsheet.Column(words.of("statistics.column.completionRate"), 14),
                new Spreadsheet.Column(words.of("statistics.column.onTimeRate"), 14)));
        int rank = 1;
        for (StatisticsRow row : statistics.rows()) {
            workbook.row(rank++, row.key(), row.name(), row.due(), row.completedOnTime(), row.completedLate(), row.overdue(),
                    row.open(), new Spreadsheet.Rate(row.completionRate()), new Spreadsheet.Rate(row.onTimeRate()));
        }
        StatisticsRow total = statistics.total();
        workbook.row(null, null, words.of("statistics.total"), total.due(), total.completedOnTime(), total.completedLate(),
                total.overdue(), total.open(), new Spreadsheet.Rate(total.completionRate()), new Spreadsheet.Rate(total.onTimeRate()));
        return workbook.toBytes();
    }

    byte[] pdf(Statistics statistics) {
        PdfReport report = PdfReport.portrait()
                .header(issuer.reportHeader(Words.today()))
                .title(words.of("statistics.report.title"))
                .subtitle(words.of("statistics.report.subtitle", Words.date(statistics.from()), Words.date(statistics.to())));
        report.paragraph(words.of("statistics.report.basis", Words.date(statistics.judgedOn())));
        table(report, words, statistics.by(), statistics.rows(), statistics.total());
        return report.toBytes();
    }

    /** The figures as a table of a report: rank, name, the four figures and the two rates, the total last. */
    public static void table(PdfReport report, Words words, StatisticsGrouping by, List<StatisticsRow> figures,
            StatisticsRow total) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (StatisticsRow row : figures) {
            rows.add(cells(String.valueOf(rank++), row.name() != null ? row.name() : row.key(), row));
        }
        rows.add(cells("", words.of("statistics.total"), total));
        report.table(List.of(
                Column.number(words.of("statistics.column.rank"), 1.1f),
                Column.text(words.of("statistics.by." + by), 4.2f),
                Column.number(words.of("statistics.column.due"), 1.7f),
                Column.number(words.of("statistics.column.completedOnTime"), 1.9f),
                Column.number(words.of("statistics.column.completedLate"), 1.9f),
                Column.number(words.of("statistics.column.overdue"), 1.9f),
                Column.number(words.of("statistics.column.open"), 1.9f),
                Column.number(words.of("statistics.column.completionRate"), 1.9f),
                Column.number(words.of("statistics.column.onTimeRate"), 1.9f)), rows);
    }

    private static List<String> cells(String rank, String name, StatisticsRow row) {
        return List.of(rank, name, String.valueOf(row.due()), String.valueOf(row.completedOnTime()),
                String.valueOf(row.completedLate()), String.valueOf(row.overdue()), String.valueOf(row.open()),
                Words.percent(row.completionRate()), Words.percent(row.onTimeRate()));
    }
}
