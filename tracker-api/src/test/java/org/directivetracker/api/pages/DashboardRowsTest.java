package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.ProgressSummary;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.Priority;
import org.junit.jupiter.api.Test;

/** The leader's first screen, without the service around it: what comes first, and in which order. */
class DashboardRowsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void overdueBlockedOrWaitingDirectivesComeFirstHighestPriorityFirst() {
        List<DirectiveSummary> directives = List.of(
                directive("calm", "Kiểm kê tài sản", Priority.IMMEDIATE, row(Timeliness.ON_TRACK, false, 10)),
                directive("blocked", "Rà soát hộ nghèo", Priority.NORMAL, row(Timeliness.ON_TRACK, true, 5)),
                directive("late", "Số hóa hồ sơ", Priority.HIGH, row(Timeliness.OVERDUE, false, -3)),
                directive("waiting", "Cải cách thủ tục", Priority.URGENT, row(Timeliness.ON_TRACK, false, 12)));

        DashboardRows.FirstScreen screen = DashboardRows.of(directives, Map.of("waiting", 2), TODAY);

        assertThat(screen.attention()).extracting(DashboardRows.Row::id).containsExactly("waiting", "late", "blocked");
        assertThat(screen.rest()).extracting(DashboardRows.Row::id).containsExactly("calm");
        assertThat(screen.attention().get(1).daysLeft()).isEqualTo(-3);
        assertThat(screen.attention().get(0).pendingDecisions()).isEqualTo(2);
    }

    @Test
    void namesAreInVietnameseOrderNotCodePointOrder() {
        List<String> sorted = Stream.of("Ea Súp", "Đầm Dơi", "Dân Tiến", "Ân Phú").sorted(DashboardRows.VIETNAMESE).toList();

        assertThat(sorted).containsExactly("Ân Phú", "Dân Tiến", "Đầm Dơi", "Ea Súp");
    }

    private static CommuneProgressRow row(Timeliness timeliness, boolean blocked, int daysLeft) {
        LocalDate deadline = TODAY.plusDays(daysLeft);
        return new CommuneProgressRow("31951", "Láng Tròn", Stage.IN_PROGRESS, timeliness, 40, deadline, deadline, blocked,
                blocked ? 1 : 0, null, null, null, null);
    }

    private static DirectiveSummary directive(String id, String title, Priority priority, CommuneProgressRow row) {
        return new DirectiveSummary(id, title, null, row.deadline(), DirectiveLifecycle.ACTIVE, priority, Instant.EPOCH,
                ProgressSummary.of(List.of(row)), List.of(row));
    }
}
