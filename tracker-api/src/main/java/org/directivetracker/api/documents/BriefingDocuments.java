package org.directivetracker.api.documents;

import java.util.ArrayList;
import java.util.List;

import org.directivetracker.api.documents.PdfReport.Column;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.CommuneRanking;

/** The meeting briefing as an XLSX workbook (a sheet per part) and as a PDF report under the official header. */
final class BriefingDocuments {

    private final Words words;
    private final DocumentProperties issuer;

    BriefingDocuments(Words words, DocumentProperties issuer) {
        this.words = words;
        this.issuer = issuer;
    }

    static String fileName(Briefing briefing, String extension) {
        return "briefing-" + briefing.date() + "." + extension;
    }

    byte[] xlsx(Briefing briefing) {
        Spreadsheet workbook = new Spreadsheet();
        items(workbook, words.of("documents.sheet.overdue"), briefing.overdue(), "documents.column.daysLate", false);
        items(workbook, words.of("documents.sheet.dueSoon"), briefing.dueSoon(), "documents.column.daysLeft", true);
        ObstacleRegisterDocuments.sheet(workbook, words, words.of("documents.sheet.obstacles"), briefing.obstacles());
        workbook.sheet(words.of("documents.sheet.ranking"), List.of(
                new Spreadsheet.Column(words.of("documents.column.rank"), 8),
                new Spreadsheet.Column(words.of("documents.column.commune"), 28),
                new Spreadsheet.Column(words.of("documents.column.communeCode"), 10),
                new Spreadsheet.Column(words.of("documents.column.overdue"), 12),
                new Spreadsheet.Column(words.of("documents.column.dueSoon"), 14),
                new Spreadsheet.Column(words.of("documents.column.blocked"), 14),
                new Spreadsheet.Column(words.of("documents.column.assigned"), 12)));
        for (CommuneRanking commune : briefing.ranking()) {
            workbook.row(commune.rank(), commune.communeName(), commune.communeCode(), commune.overdue(), commune.dueSoon(),
                    commune.blocked(), commune.assigned());
        }
        return workbook.toBytes();
    }

    private void items(Spreadsheet workbook, String sheet, List<BriefingItem> items, String daysColumn, boolean daysLeft) {
        workbook.sheet(sheet, List.of(
                new Spreadsheet.Column(words.of("documents.column.directive"), 50),
                new Spreadsheet.Column(words.of("documents.column.directiveId"), 16),
                new Spreadsheet.Column(words.of("documents.column.commune"), 24),
                new Spreadsheet.Column(words.of("documents.column.communeCode"), 10),
                new Spreadsheet.Column(words.of("documents.column.status"), 22),
                new Spreadsheet.Column(words.of("documents.column.deadline"), 12),
                new Spreadsheet.Column(words.of(daysColumn), 12),
                new Spreadsheet.Column(words.of("documents.column.percent"), 12),
                new Spreadsheet.Column(words.of("documents.column.blocked"), 14)));
        for (BriefingItem item : items) {
            workbook.row(item.title(), item.directiveId(), item.communeName(), item.communeCode(),
                    words.of("timeliness." + item.timeliness()), item.deadline(),
                    daysLeft ? -item.daysPastDeadline() : item.daysPastDeadline(), item.percent(),
                    words.of(item.blocked() ? "documents.yes" : "documents.no"));
        }
    }

    byte[] pdf(Briefing briefing) {
        PdfReport report = PdfReport.portrait()
                .header(issuer.reportHeader(Words.today()))
                .title(words.of("documents.briefing.title"))
                .subtitle(words.of("documents.briefing.subtitle", Words.date(briefing.date()), Words.date(briefing.since())));
        report.heading(words.of("briefing.overdue")).table(itemColumns("documents.column.daysLate"), itemRows(briefing.overdue(), false));
        report.heading(words.of("briefing.dueSoon")).table(itemColumns("documents.column.daysLeft"), itemRows(briefing.dueSoon(), true));
        report.heading(words.of("documents.sheet.obstacles"));
        ObstacleRegisterDocuments.table(report, words, briefing.obstacles());
        report.heading(words.of("briefing.ranking")).table(List.of(
                Column.number(words.of("documents.column.rank"), 1),
                Column.text(words.of("documents.column.commune"), 4),
                Column.number(words.of("documents.column.overdue"), 2),
                Column.number(words.of("documents.column.dueSoon"), 2),
                Column.number(words.of("documents.column.blocked"), 2),
                Column.number(words.of("documents.column.assigned"), 2)),
                briefing.ranking().stream().map(commune -> List.of(String.valueOf(commune.rank()), commune.communeName(),
                        String.valueOf(commune.overdue()), String.valueOf(commune.dueSoon()),
                        String.valueOf(commune.blocked()), String.valueOf(commune.assigned()))).toList());
        return report.toBytes();
    }

    private List<Column> itemColumns(String daysColumn) {
        return List.of(
                Column.text(words.of("documents.column.directive"), 6),
                Column.text(words.of("documents.column.commune"), 3),
                Column.text(words.of("documents.column.deadline"), 2.2f),
                Column.number(words.of(daysColumn), 1.6f),
                Column.number(words.of("documents.column.percent"), 1.6f));
    }

    private static List<List<String>> itemRows(List<BriefingItem> items, boolean daysLeft) {
        List<List<String>> rows = new ArrayList<>(items.size());
        for (BriefingItem item : items) {
            rows.add(List.of(item.title(), item.communeName(), Words.date(item.deadline()),
                    String.valueOf(daysLeft ? -item.daysPastDeadline() : item.daysPastDeadline()), String.valueOf(item.percent())));
        }
        return rows;
    }
}
