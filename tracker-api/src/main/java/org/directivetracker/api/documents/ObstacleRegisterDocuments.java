package org.directivetracker.api.documents;

import java.util.List;

import org.directivetracker.api.documents.PdfReport.Column;
import org.directivetracker.core.api.query.ObstacleEntry;

/** The obstacle register as an XLSX sheet and as a PDF report under the official header. */
final class ObstacleRegisterDocuments {

    private final Words words;
    private final DocumentProperties issuer;

    ObstacleRegisterDocuments(Words words, DocumentProperties issuer) {
        this.words = words;
        this.issuer = issuer;
    }

    static String fileName(List<ObstacleEntry> register, String extension) {
        return "obstacles-" + Words.today() + "." + extension;
    }

    byte[] xlsx(List<ObstacleEntry> register) {
        Spreadsheet workbook = new Spreadsheet();
        sheet(workbook, words, words.of("documents.sheet.register"), register);
        return workbook.toBytes();
    }

    byte[] pdf(List<ObstacleEntry> register) {
        PdfReport report = PdfReport.landscape()
                .header(issuer.reportHeader(Words.today()))
                .title(words.of("documents.obstacles.title"))
                .subtitle(words.of("documents.obstacles.subtitle", Words.date(Words.today())));
        table(report, words, register);
        return report.toBytes();
    }

    static void sheet(Spreadsheet workbook, Words words, String name, List<ObstacleEntry> obstacles) {
        workbook.sheet(name, List.of(
                new Spreadsheet.Column(words.of("documents.column.directive"), 45),
                new Spreadsheet.Column(words.of("documents.column.directiveId"), 16),
                new Spreadsheet.Column(words.of("documents.column.commune"), 24),
                new Spreadsheet.Column(words.of("documents.column.communeCode"), 10),
                new Spreadsheet.Column(words.of("documents.column.category"), 20),
                new Spreadsheet.Column(words.of("documents.column.description"), 50),
                new Spreadsheet.Column(words.of("documents.column.raisedAt"), 17),
                new Spreadsheet.Column(words.of("documents.column.ageDays"), 9),
                new Spreadsheet.Column(words.of("documents.column.open"), 9),
                new Spreadsheet.Column(words.of("documents.column.resolvedAt"), 17),
                new Spreadsheet.Column(words.of("documents.column.resolution"), 40)));
        for (ObstacleEntry obstacle : obstacles) {
            workbook.row(obstacle.directiveTitle(), obstacle.directiveId(), obstacle.communeName(), obstacle.communeCode(),
                    words.of("category." + obstacle.category()), obstacle.description(), obstacle.raisedAt(),
                    obstacle.ageDays(), words.of(obstacle.open() ? "documents.yes" : "documents.no"), obstacle.resolvedAt(),
                    outcome(words, obstacle));
        }
    }

    static void table(PdfReport report, Words words, List<ObstacleEntry> obstacles) {
        report.table(List.of(
                Column.text(words.of("documents.column.directive"), 5),
                Column.text(words.of("documents.column.commune"), 2.6f),
                Column.text(words.of("documents.column.category"), 2.4f),
                Column.text(words.of("documents.column.description"), 5),
                Column.text(words.of("documents.column.raisedAt"), 2.2f),
                Column.number(words.of("documents.column.ageDays"), 1.4f),
                Column.text(words.of("documents.column.resolution"), 3.4f)),
                obstacles.stream().map(obstacle -> List.of(obstacle.directiveTitle(), obstacle.communeName(),
                        words.of("category." + obstacle.category()), obstacle.description(), Words.date(obstacle.raisedAt()),
                        String.valueOf(obstacle.ageDays()), outcome(words, obstacle))).toList());
    }

    /** The resolution, or why an obstacle left unresolved is no longer open; empty while it is open. */
    private static String outcome(Words words, ObstacleEntry obstacle) {
        if (obstacle.directiveEndedAt() != null) {
            return words.of("obstacles.endedWithDirective", Words.date(obstacle.directiveEndedAt()));
        }
        return obstacle.resolution() == null ? "" : obstacle.resolution();
    }
}
