package org.directivetracker.api.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingChange;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.CommuneRanking;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.springframework.http.MediaType;

/**
 * The meeting briefing as a spreadsheet: UTF-8 with a byte order mark (so that Excel shows Vietnamese right), one row
 * per item, the first column naming its section in the briefing's order. Columns a section has no value for are empty.
 */
final class BriefingCsv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");
    static final String[] HEADER = {"section", "directiveId", "title", "communeCode", "communeName", "timeliness", "stage",
            "deadline", "daysPastDeadline", "percent", "blocked", "rank", "overdue", "dueSoon", "assigned", "obstacleId",
            "category", "ageDays", "at", "detail", "departmentCode", "department", "answerBy", "daysPastAnswerBy"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BriefingCsv() {
    }

    /**
     * Writes the briefing to {@code out}: the byte order mark, the header, then one record per item, in the words of
     * the reader's language (columns, sections, statuses, dates dd/MM/yyyy, times in the province's zone).
     */
    static void write(Briefing briefing, OutputStream out, BriefingWords words) throws IOException {
        out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String[] header = Arrays.stream(HEADER).map(words::header).toArray(String[]::new);
        // RFC 4180: CRLF between records, a cell quoted when it holds a comma, a quote or a line break
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header).get());
        for (String[] row : rows(briefing, words)) {
            csv.printRecord((Object[]) row);
        }
        csv.flush(); // not closed: the stream belongs to the caller
    }

    private static List<String[]> rows(Briefing briefing, BriefingWords words) {
        List<String[]> rows = new ArrayList<>();
        briefing.overdue().forEach(item -> rows.add(item("overdue", item, words)));
        briefing.dueSoon().forEach(item -> rows.add(item("dueSoon", item, words)));
        briefing.obstacles().forEach(obstacle -> rows.add(obstacle(obstacle, words)));
        briefing.ranking().forEach(ranking -> rows.add(ranking(ranking, words)));
        briefing.changes().newDirectives().forEach(change -> rows.add(change("newDirective", change, words)));
        briefing.changes().completions().forEach(change -> rows.add(change("completion", change, words)));
        briefing.changes().obstaclesRaised().forEach(change -> rows.add(change("obstacleRaised", change, words)));
        briefing.changes().obstaclesResolved().forEach(change -> rows.add(change("obstacleResolved", change, words)));
        briefing.changes().extensions().forEach(change -> rows.add(change("extension", change, words)));
        for (DepartmentReferrals department : briefing.overdueReferrals()) {
            department.overdue().forEach(referral -> rows.add(overdueReferral(department, referral, briefing.date(), words)));
        }
        return rows;
    }

    private static String[] item(String section, BriefingItem item, BriefingWords words) {
        String[] row = empty(words.section(section));
        set(row, "directiveId", item.directiveId());
        set(row, "title", text(item.title()));
        set(row, "communeCode", item.communeCode());
        set(row, "communeName", text(item.communeName()));
        set(row, "timeliness", words.named("timeliness", item.timeliness()));
        set(row, "stage", words.named("stage", item.stage()));
        set(row, "deadline", words.date(item.deadline()));
        set(row, "daysPastDeadline", item.daysPastDeadline());
        set(row, "percent", item.percent());
        set(row, "blocked", words.yesNo(item.blocked()));
        return row;
    }

    private static String[] obstacle(ObstacleEntry obstacle, BriefingWords words) {
        String[] row = empty(words.section("obstacle"));
        set(row, "directiveId", obstacle.directiveId());
        set(row, "title", text(obstacle.directiveTitle()));
        set(row, "communeCode", obstacle.communeCode());
        set(row, "communeName", text(obstacle.communeName()));
        set(row, "obstacleId", obstacle.obstacleId());
        set(row, "category", words.category(obstacle.category()));
        set(row, "ageDays", obstacle.ageDays());
        set(row, "at", words.time(obstacle.raisedAt()));
        set(row, "detail", text(obstacle.description()));
        return row;
    }

    /** A referral past its answer-by date, under the department that owes the answer. */
    private static String[] overdueReferral(DepartmentReferrals department, ObstacleEntry referral, LocalDate date,
                                            BriefingWords words) {
        String[] row = obstacle(referral, words);
        row[0] = words.section("overdueReferral");
        set(row, "departmentCode", department.departmentCode());
        set(row, "department", text(department.departmentName()));
        set(row, "answerBy", words.date(referral.answerBy()));
        set(row, "daysPastAnswerBy", referral.answerBy() == null ? null : ChronoUnit.DAYS.between(referral.answerBy(), date));
        return row;
    }

    private static String[] ranking(CommuneRanking ranking, BriefingWords words) {
        String[] row = empty(words.section("ranking"));
        set(row, "communeCode", ranking.communeCode());
        set(row, "communeName", text(ranking.communeName()));
        set(row, "rank", ranking.rank());
        set(row, "overdue", ranking.overdue());
        set(row, "dueSoon", ranking.dueSoon());
        set(row, "blocked", ranking.blocked());
        set(row, "assigned", ranking.assigned());
        return row;
    }

    private static String[] change(String section, BriefingChange change, BriefingWords words) {
        String[] row = empty(words.section(section));
        set(row, "directiveId", change.directiveId());
        set(row, "title", text(change.title()));
        set(row, "communeCode", change.communeCode());
        set(row, "communeName", text(change.communeName()));
        set(row, "timeliness", words.named("timeliness", change.timeliness()));
        set(row, "at", words.time(change.at()));
        set(row, "detail", text(words.detail(change)));
        return row;
    }

    private static String[] empty(String section) {
        String[] row = new String[HEADER.length];
        Arrays.fill(row, "");
        row[0] = section;
        return row;
    }

    private static void set(String[] row, String column, Object value) {
        row[column(column)] = value == null ? "" : value.toString();
    }

    private static int column(String name) {
        for (int i = 0; i < HEADER.length; i++) {
            if (HEADER[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /**
     * Free text typed by users: a leading =, +, - or @ would make a spreadsheet evaluate it as a formula, so such
     * text is prefixed with an apostrophe, which spreadsheets hide.
     */
    private static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
