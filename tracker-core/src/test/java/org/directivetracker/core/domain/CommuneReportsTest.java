package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.value.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.directivetracker.core.domain.DirectiveTestData.*;
import static org.hamcrest.Matchers.containsString;

/** What a commune reports on its part of a directive, and the province's answers to it. */
class CommuneReportsTest {

    private static final LocalDate PROPOSED = LocalDate.of(2026, 7, 15);
    private static final String OBSTACLE = "vuong-mac-1";

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    // ---- AcknowledgeDirective

    @Test
    void canAcknowledgeADirective() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .when(acknowledge(LANG_TRON))
               .expectEvents(acknowledged(LANG_TRON));
    }

    @Test
    void cannotAcknowledgeTwice() {
        fixture.given(issued(LANG_TRON))
               .andGiven(acknowledged(LANG_TRON))
               .when(acknowledge(LANG_TRON))
               .expectNoEvents()
               .expectException(AlreadyAcknowledgedException.class);
    }

    @Test
    void canAcknowledgeOnceForEachCommune() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .andGiven(acknowledged(LANG_TRON))
               .when(acknowledge(TAN_THANH))
               .expectEvents(acknowledged(TAN_THANH));
    }

    @Test
    void cannotAcknowledgeADirectiveTheCommuneWasNotAssigned() {
        fixture.given(issued(LANG_TRON))
               .when(acknowledge(NAM_CAN))
               .expectNoEvents()
               .expectException(CommuneNotAssignedException.class)
               .expectExceptionMessage("commune 32191 is not assigned directive " + DIRECTIVE);
    }

    // ---- ReportProgress

    @Test
    void canReportProgress() {
        fixture.given(issued(LANG_TRON))
               .when(reportProgress(LANG_TRON, 40, "Đã khảo sát xong 12/30 ấp"))
               .expectEvents(progressReported(LANG_TRON, 40, "Đã khảo sát xong 12/30 ấp"));
    }

    @Test
    void cannotReportProgressForAnotherCommune() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .when(reportProgressAs(chairOf(LANG_TRON), TAN_THANH, 40, "Báo cáo hộ"))
               .expectNoEvents()
               .expectException(NotPermittedException.class)
               .expectExceptionMessage("account 'chair-31951' acts for commune 31951 and may not report progress for commune 32025");
    }

    @Test
    void cannotReportProgressAsTheProvince() {
        fixture.given(issued(LANG_TRON))
               .when(reportProgressAs(LEADER, LANG_TRON, 40, "Báo cáo thay"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotReportProgressAfterCompletionWasAccepted() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(reportProgress(LANG_TRON, 100, "Bổ sung số liệu"))
               .expectNoEvents()
               .expectException(CompletionAlreadyAcceptedException.class)
               .expectExceptionMessage(containsString("the completion of commune 31951 was accepted on 2026-05-04"));
    }

    // ---- RaiseObstacle and ResolveObstacle

    @Test
    void canRaiseAnObstacleAndGetItsId() {
        fixture.given(issued(LANG_TRON))
               .when(raiseObstacle(LANG_TRON, OBSTACLE, "Máy chủ xã hỏng"))
               .expectResultMessagePayload(OBSTACLE)
               .expectEvents(new ObstacleRaised(DIRECTIVE, "31951", OBSTACLE, "EQUIPMENT", "Máy chủ xã hỏng"));
    }

    @Test
    void canRaiseAnObstacleInACategoryTheConfigurationAdded() {
        fixture.given(issued(LANG_TRON))
               .when(raiseObstacle(LANG_TRON, OBSTACLE, "POLICY_MECHANISM", "Chưa có hướng dẫn về cơ chế tài chính"))
               .expectEvents(new ObstacleRaised(DIRECTIVE, "31951", OBSTACLE, "POLICY_MECHANISM",
                       "Chưa có hướng dẫn về cơ chế tài chính"));
    }

    @Test
    void cannotRaiseAnObstacleInACategoryTheConfigurationDoesNotName() {
        fixture.given(issued(LANG_TRON))
               .when(raiseObstacle(LANG_TRON, OBSTACLE, RETIRED_CATEGORY, "Ngập úng trụ sở"))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("category: FLOODING is not one of the province's obstacle categories: "
                       + "STAFFING, EQUIPMENT, FUNDING, LEGAL_DOCUMENTS, DATA_SYSTEMS, OTHER, POLICY_MECHANISM"));
    }

    @Test
    void canResolveAnObstacleWhoseCategoryHasLeftTheConfiguration() {
        fixture.given(issued(LANG_TRON))
               .andGiven(new ObstacleRaised(DIRECTIVE, "31951", OBSTACLE, RETIRED_CATEGORY, "Ngập úng trụ sở"))
               .when(resolveObstacle(chairOf(LANG_TRON), LANG_TRON, OBSTACLE, "Tỉnh cấp máy chủ dự phòng"))
               .expectEvents(obstacleResolved(LANG_TRON, OBSTACLE));
    }

    @Test
    void cannotRaiseAnObstacleUnderAnIdAlreadyUsedInTheDirective() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .andGiven(obstacleRaised(TAN_THANH, OBSTACLE))
               .when(raiseObstacle(LANG_TRON, OBSTACLE, "Thiếu cán bộ công nghệ thông tin"))
               .expectNoEvents()
               .expectException(ObstacleAlreadyRaisedException.class);
    }

    @Test
    void canResolveItsOwnObstacle() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(resolveObstacle(chairOf(LANG_TRON), LANG_TRON, OBSTACLE, "Tỉnh cấp máy chủ dự phòng"))
               .expectEvents(obstacleResolved(LANG_TRON, OBSTACLE));
    }

    @Test
    void canResolveAnObstacleAsTheProvince() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(resolveObstacle(LEADER, LANG_TRON, OBSTACLE, "Tỉnh cấp máy chủ dự phòng"))
               .expectEvents(obstacleResolved(LANG_TRON, OBSTACLE));
    }

    @Test
    void cannotResolveAnotherCommunesObstacle() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(resolveObstacle(chairOf(TAN_THANH), LANG_TRON, OBSTACLE, "Đã xử lý"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotResolveAnObstacleAsAnAuditor() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(resolveObstacle(AUDITOR, LANG_TRON, OBSTACLE, "Đã xử lý"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotResolveAnUnknownObstacle() {
        fixture.given(issued(LANG_TRON))
               .when(resolveObstacle(LEADER, LANG_TRON, "khong-co", "Đã xử lý"))
               .expectNoEvents()
               .expectException(UnknownObstacleException.class);
    }

    @Test
    void cannotResolveAnObstacleAlreadyResolved() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), obstacleResolved(LANG_TRON, OBSTACLE))
               .when(resolveObstacle(LEADER, LANG_TRON, OBSTACLE, "Xử lý lại"))
               .expectNoEvents()
               .expectException(ObstacleAlreadyResolvedException.class);
    }

    // ---- RequestExtension, GrantExtension, DenyExtension

    @Test
    void canRequestAnExtension() {
        fixture.given(issued(LANG_TRON))
               .when(requestExtension(LANG_TRON, PROPOSED, "Mưa lũ kéo dài"))
               .expectEvents(new ExtensionRequested(DIRECTIVE, "31951", DEADLINE, PROPOSED, "Mưa lũ kéo dài"));
    }

    @Test
    void cannotRequestADateNotLaterThanTheCurrentDeadline() {
        fixture.given(issued(LANG_TRON))
               .when(requestExtension(LANG_TRON, DEADLINE, "Mưa lũ kéo dài"))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotRequestASecondExtensionWhileOneIsOpen() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED))
               .when(requestExtension(LANG_TRON, PROPOSED.plusDays(10), "Thêm thời gian"))
               .expectNoEvents()
               .expectException(ExtensionAlreadyRequestedException.class)
               .expectExceptionMessage(containsString("already has an open extension request (to 2026-07-15)"));
    }

    @Test
    void canRequestAgainOnceTheFirstRequestWasDenied() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED),
                         new ExtensionDenied(DIRECTIVE, "31951", "Không đủ căn cứ"))
               .when(requestExtension(LANG_TRON, PROPOSED, "Bổ sung căn cứ"))
               .expectEvents(new ExtensionRequested(DIRECTIVE, "31951", DEADLINE, PROPOSED, "Bổ sung căn cứ"));
    }

    @Test
    void canGrantTheProposedDate() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED))
               .when(grantExtension(LANG_TRON, null, null))
               .expectEvents(new ExtensionGranted(DIRECTIVE, "31951", DEADLINE, PROPOSED, null));
    }

    @Test
    void canGrantAnotherDateThanProposed() {
        LocalDate shorter = LocalDate.of(2026, 7, 10);
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED))
               .when(grantExtension(LANG_TRON, shorter, "Gia hạn 10 ngày"))
               .expectEvents(new ExtensionGranted(DIRECTIVE, "31951", DEADLINE, shorter, "Gia hạn 10 ngày"));
    }

    @Test
    void cannotGrantADateNotLaterThanTheCurrentDeadline() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED))
               .when(grantExtension(LANG_TRON, DEADLINE, null))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotGrantWithNoOpenRequest() {
        fixture.given(issued(LANG_TRON))
               .when(grantExtension(LANG_TRON, PROPOSED, null))
               .expectNoEvents()
               .expectException(NoOpenExtensionRequestException.class);
    }

    @Test
    void cannotGrantARequestAlreadyGranted() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED),
                         new ExtensionGranted(DIRECTIVE, "31951", DEADLINE, PROPOSED, null))
               .when(grantExtension(LANG_TRON, null, null))
               .expectNoEvents()
               .expectException(NoOpenExtensionRequestException.class);
    }

    @Test
    void cannotGrantAsTheCommune() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED))
               .when(new org.directivetracker.core.api.command.GrantExtension(DIRECTIVE, LANG_TRON, null, null,
                       chairOf(LANG_TRON), newRequestId()))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void canDenyTheOpenRequest() {
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, PROPOSED))
               .when(denyExtension(LANG_TRON, "Không đủ căn cứ"))
               .expectEvents(new ExtensionDenied(DIRECTIVE, "31951", "Không đủ căn cứ"));
    }

    @Test
    void cannotDenyWithNoOpenRequest() {
        fixture.given(issued(LANG_TRON))
               .when(denyExtension(LANG_TRON, "Không đủ căn cứ"))
               .expectNoEvents()
               .expectException(NoOpenExtensionRequestException.class);
    }

    // ---- SubmitCompletion, AcceptCompletion, ReturnCompletion

    @Test
    void canSubmitCompletion() {
        fixture.given(issued(LANG_TRON))
               .when(submitCompletion(LANG_TRON, "Đã số hóa 100% hồ sơ"))
               .expectEvents(completionSubmitted(LANG_TRON));
    }

    @Test
    void cannotSubmitCompletionWhileTheLastOneIsAwaitingAcceptance() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON))
               .when(submitCompletion(LANG_TRON, "Gửi lại"))
               .expectNoEvents()
               .expectException(CompletionAlreadySubmittedException.class);
    }

    @Test
    void cannotSubmitCompletionAfterItWasAccepted() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(submitCompletion(LANG_TRON, "Gửi lại"))
               .expectNoEvents()
               .expectException(CompletionAlreadyAcceptedException.class);
    }

    @Test
    void canSubmitAgainAfterTheSubmissionWasReturned() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), new CompletionReturned(DIRECTIVE, "31951", "Thiếu biên bản"))
               .when(submitCompletion(LANG_TRON, "Đã số hóa 100% hồ sơ"))
               .expectEvents(completionSubmitted(LANG_TRON));
    }

    @Test
    void canAcceptCompletionDatedByTheSubmissionAndJudgedAgainstTheCurrentDeadline() {
        Instant submittedAt = Instant.parse("2026-05-02T03:30:00Z");
        LocalDate extended = PROPOSED;
        fixture.given(issued(LANG_TRON))
               .andGiven(extensionRequested(LANG_TRON, extended),
                         new ExtensionGranted(DIRECTIVE, "31951", DEADLINE, extended, null))
               .andGivenCurrentTime(submittedAt)
               .andGiven(completionSubmitted(LANG_TRON))
               .andGivenCurrentTime(NOW)
               .when(acceptCompletion(LANG_TRON))
               .expectEvents(new CompletionAccepted(DIRECTIVE, "31951", submittedAt, extended, "Đạt yêu cầu"));
    }

    @Test
    void cannotAcceptWithNothingSubmitted() {
        fixture.given(issued(LANG_TRON))
               .andGiven(progressReported(LANG_TRON, 90, "Sắp xong"))
               .when(acceptCompletion(LANG_TRON))
               .expectNoEvents()
               .expectException(NothingSubmittedException.class);
    }

    @Test
    void cannotAcceptASubmissionThatWasReturned() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), new CompletionReturned(DIRECTIVE, "31951", "Thiếu biên bản"))
               .when(acceptCompletion(LANG_TRON))
               .expectNoEvents()
               .expectException(NothingSubmittedException.class);
    }

    @Test
    void cannotAcceptTwice() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(acceptCompletion(LANG_TRON))
               .expectNoEvents()
               .expectException(CompletionAlreadyAcceptedException.class);
    }

    @Test
    void canReturnTheSubmissionWithAReason() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON))
               .when(returnCompletion(LANG_TRON, "Thiếu biên bản nghiệm thu"))
               .expectEvents(new CompletionReturned(DIRECTIVE, "31951", "Thiếu biên bản nghiệm thu"));
    }

    @Test
    void cannotReturnWithNothingSubmitted() {
        fixture.given(issued(LANG_TRON))
               .when(returnCompletion(LANG_TRON, "Thiếu biên bản nghiệm thu"))
               .expectNoEvents()
               .expectException(NothingSubmittedException.class);
    }

    @Test
    void cannotAcceptAsAnAuditor() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON))
               .when(new org.directivetracker.core.api.command.AcceptCompletion(DIRECTIVE, LANG_TRON, null, AUDITOR,
                       newRequestId()))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }
}
