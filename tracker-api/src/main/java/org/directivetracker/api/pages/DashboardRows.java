package org.directivetracker.api.pages;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.value.Priority;

/**
 * The leader's first screen: every active directive as one row, those with overdue or blocked communes or decisions
 * waiting first, each group by priority (highest first), then by the nearest open deadline, then by title in
 * Vietnamese order.
 */
final class DashboardRows {
    /** A collator, not code points: "Đ" sorts after "D", "Ă" after "A", as a Vietnamese reader expects. */
    static final Comparator<String> VIETNAMESE = Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare);

    private DashboardRows() {
    }

    /**
     * One directive's line.
     *
     * @param daysLeft days from today to the nearest deadline of a commune still at work (negative: past it); null when
     *                 every commune completed
     */
    public record Row(String id, String title, Priority priority, int assigned, int completed, int overdue, int blocked,
                      int pendingDecisions, Integer daysLeft) {

        public boolean needsAttention() {
            return overdue > 0 || blocked > 0 || pendingDecisions > 0;
        }
    }

    /** The rows, split into what to raise first and the rest. */
    public record FirstScreen(List<Row> attention, List<Row> rest) {
    }

    static FirstScreen of(List<DirectiveSummary> directives, Map<String, Integer> pendingByDirective, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (DirectiveSummary directive : directives) {
            if (directive.state() != DirectiveLifecycle.ACTIVE) {
                continue;
            }
            rows.add(new Row(directive.id(), directive.title(), directive.priority(), directive.summary().assigned(),
                    directive.summary().completed(), directive.summary().overdue(), directive.summary().blocked(),
                    pendingByDirective.getOrDefault(directive.id(), 0), daysLeft(directive.communes(), today)));
        }
        Comparator<Row> order = Comparator.comparing((Row row) -> row.priority() == null ? 0 : row.priority().ordinal()).reversed()
                .thenComparing(Row::overdue, Comparator.reverseOrder())
                .thenComparing(Row::daysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::title, VIETNAMESE);
        List<Row> attention = rows.stream().filter(Row::needsAttention).sorted(order).toList();
        List<Row> rest = rows.stream().filter(row -> !row.needsAttention()).sorted(order).toList();
        return new FirstScreen(attention, rest);
    }

    private static Integer daysLeft(List<CommuneProgressRow> communes, LocalDate today) {
        return communes.stream().filter(row -> row.stage().isOpen()).map(CommuneProgressRow::deadline)
                .min(Comparator.naturalOrder()).map(deadline -> (int) ChronoUnit.DAYS.between(today, deadline)).orElse(null);
    }

    static <T> Comparator<T> byVietnameseName(Function<T, String> name) {
        return Comparator.comparing(name, VIETNAMESE);
    }
}
