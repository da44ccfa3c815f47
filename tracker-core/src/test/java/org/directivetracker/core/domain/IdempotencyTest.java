package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.core.domain.DirectiveTestData.*;

/** A retried write, recognised by its request id, adds no event and answers as the first attempt did. */
class IdempotencyTest {

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    private static ReportProgress progressWithRequestId(String requestId, int percent) {
        return new ReportProgress(DIRECTIVE, LANG_TRON, new Percent(percent), new Note("Đã khảo sát xong"),
                chairOf(LANG_TRON), requestId);
    }

    private static RaiseObstacle obstacleWithRequestId(String requestId, String obstacleId) {
        return new RaiseObstacle(DIRECTIVE, LANG_TRON, obstacleId, new ObstacleCategory("STAFFING"),
                new Description("Thiếu cán bộ địa chính"), chairOf(LANG_TRON), requestId);
    }

    @Test
    void canRetryAReportWithTheSameRequestIdWithoutASecondEvent() {
        fixture.givenCommands(issue(LANG_TRON), progressWithRequestId("req-bao-cao", 40))
               .when(progressWithRequestId("req-bao-cao", 40))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(null);
    }

    @Test
    void canReportAgainWithANewRequestId() {
        fixture.givenCommands(issue(LANG_TRON), progressWithRequestId("req-bao-cao", 40))
               .when(progressWithRequestId("req-bao-cao-2", 40))
               .expectEvents(withRequestId(progressReported(LANG_TRON, 40, "Đã khảo sát xong"), "req-bao-cao-2"));
    }

    @Test
    void canRetryRaisingAnObstacleAndGetTheFirstObstacleId() {
        fixture.givenCommands(issue(LANG_TRON), obstacleWithRequestId("req-vuong-mac", "vuong-mac-1"))
               .when(obstacleWithRequestId("req-vuong-mac", "vuong-mac-2"))
               .expectNoEvents()
               .expectResultMessagePayload("vuong-mac-1");
    }

    @Test
    void canRetryAWithdrawalAfterItWasApplied() {
        var withdrawal = withdraw("Gộp vào Chỉ thị 09/CT-UBND");
        fixture.givenCommands(issue(LANG_TRON), withdrawal)
               .when(withdrawal)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void canRecogniseARetryFromTheStoredEventsAlone() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withRequestId(progressReported(LANG_TRON, 40, "Đã khảo sát xong"), "req-bao-cao"))
               .when(progressWithRequestId("req-bao-cao", 40))
               .expectNoEvents();
    }

    @Test
    void cannotPassOffAnotherCommunesRetryAsOwn() {
        fixture.givenCommands(issue(LANG_TRON, TAN_THANH), progressWithRequestId("req-bao-cao", 40))
               .when(new ReportProgress(DIRECTIVE, LANG_TRON, new Percent(40), null, chairOf(TAN_THANH), "req-bao-cao"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void remembersOnlyTheMostRecentRequestIds() {
        AppliedRequests applied = new AppliedRequests();
        for (int i = 0; i <= AppliedRequests.LIMIT; i++) {
            applied.remember("req-" + i, i == 0 ? "first" : null);
        }
        assertThat(applied.size()).isEqualTo(AppliedRequests.LIMIT);
        assertThat(applied.contains("req-0")).as("the eldest is forgotten").isFalse();
        assertThat(applied.contains("req-1")).isTrue();
        assertThat(applied.contains("req-" + AppliedRequests.LIMIT)).isTrue();
    }

    @Test
    void keepsTheFirstResultOfARequestId() {
        AppliedRequests applied = new AppliedRequests();
        applied.remember("req-ban-hanh", DIRECTIVE);
        applied.remember("req-ban-hanh", null);
        assertThat(applied.resultOf("req-ban-hanh")).isEqualTo(DIRECTIVE);
    }
}
