package org.directivetracker.api.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.directivetracker.api.documents.PdfReport.Column;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.CommuneRanking;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.ObstacleEntry;

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
        overdueReferrals(workbook, briefing);
        return workbook.toBytes();
    }

    /** One sheet: each referral past its answer-by date, under the department that owes the answer. */
    private void overdueReferrals(Spreadsheet workbook, Briefing briefing) {
        workbook.sheet(words.of("documents.sheet.overdueReferrals"), List.of(
                new Spreadsheet.Column(words.of("documents.column.department"), 30),
                new Spreadsheet.Column(words.of("documents.column.departmentCode"), 10),
                new Spreadsheet.Column(words.of("documents.column.directive"), 45),
                new Spreadsheet.Column(words.of("documents.column.directiveId"), 16),
                new Spreadsheet.Column(words.of("documents.column.commune"), 24),
                new Spreadsheet.Column(words.of("documents.column.communeCode"), 10),
                new Spreadsheet.Column(words.of("documents.column.category"), 20),
                new Spreadsheet.Column(words.of("documents.column.description"), 50),
                new Spreadsheet.Column(words.of("documents.column.raisedAt"), 17),
                new Spreadsheet.Column(words.of("documents.column.answerBy"), 12),
                new Spreadsheet.Column(words.of("documents.column.daysPastAnswerBy"), 12)));
        for (DepartmentReferrals department : briefing.overdueReferrals()) {
            for (ObstacleEntry referral : department.overdue()) {
                workbook.row(department.departmentName(), department.departmentCode(), referral.directiveTitle(),
                        referral.directiveId(), referral.communeName(), referral.communeCode(),
                        words.of("category." + referral.category()), referral.description(), referral.raisedAt(),
                        referral.answerBy(), daysPastAnswerBy(referral, briefing.date()));
            }
        }
    }

    private static Long daysPastAnswerBy(ObstacleEntry referral, LocalDate date) {
        return referral.answerBy() == null ? null : ChronoUnit.DAYS.between(referral.answerBy(), date);
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
        overdueReferrals(report, briefing);
        return report.toBytes();
    }

    /** Per department, the department with the most first: its referrals past their answer-by date. */
    private void overdueReferrals(PdfReport report, Briefing briefing) {
        report.heading(words.of("briefing.overdueReferrals"));
        if (briefing.overdueReferrals().isEmpty()) {
            report.paragraph(words.of("documents.briefing.noOverdueReferrals"));
        }
        for (DepartmentReferrals department : briefing.overdueReferrals()) {
            report.heading(words.of("documents.briefing.department", department.departmentName(), department.departmentCode(),
                    String.valueOf(department.overdue().size())));
            report.table(List.of(
                    Column.text(words.of("documents.column.directive"), 4.4f),
                    Column.text(words.of("documents.column.commune"), 2.6f),
                    Column.text(words.of("documents.column.category"), 2.4f),
                    Column.text(words.of("documents.column.description"), 4),
                    // wide enough for dd/MM/yyyy on one line
                    Column.text(words.of("documents.column.answerBy"), 2.8f),
                    Column.number(words.of("documents.column.daysPastAnswerBy"), 1.8f)),
                    department.overdue().stream().map(referral -> List.of(referral.directiveTitle(), referral.communeName(),
                            words.of("category." + referral.category()), referral.description(),
                            Words.date(referral.answerBy()), String.valueOf(daysPastAnswerBy(referral, briefing.date()))))
                            .toList());
        }
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
