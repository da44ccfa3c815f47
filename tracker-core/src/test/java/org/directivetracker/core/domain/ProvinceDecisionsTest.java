package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.directivetracker.core.domain.DirectiveTestData.*;
import static org.hamcrest.Matchers.containsString;

/** Assigning, moving deadlines, withdrawing and closing: the province's decisions on a directive as a whole. */
class ProvinceDecisionsTest {

    private static final LocalDate LATER = LocalDate.of(2026, 7, 31);

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    // ---- AssignCommunes

    @Test
    void canAssignMoreCommunesWithTheCurrentDeadline() {
        fixture.given(issued(LANG_TRON))
               .andGiven(new DeadlineChanged(DIRECTIVE, DEADLINE, LATER, "Chờ hướng dẫn của Bộ", List.of("31951")))
               .when(assign(NAM_CAN, DAM_DOI))
               .expectEvents(assigned(NAM_CAN, LATER), assigned(DAM_DOI, LATER));
    }

    @Test
    void cannotAssignACommuneAlreadyAssigned() {
        fixture.given(issued(LANG_TRON))
               .when(assign(NAM_CAN, LANG_TRON))
               .expectNoEvents()
               .expectException(CommuneAlreadyAssignedException.class)
               .expectExceptionMessage("commune 31951 is already assigned this directive");
    }

    @Test
    void cannotAssignAnUnknownCommune() {
        fixture.given(issued(LANG_TRON))
               .when(assign(NOT_IN_PROVINCE))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotAssignTheSameCommuneTwiceInOneCommand() {
        fixture.given(issued(LANG_TRON))
               .when(assign(NAM_CAN, NAM_CAN))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotAssignAfterWithdrawal() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(assign(NAM_CAN))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class);
    }

    // ---- ChangeDeadline

    @Test
    void canChangeTheDeadlineOfEveryCommuneThatHasNotCompleted() {
        fixture.given(issued(LANG_TRON, TAN_THANH, NAM_CAN))
               .andGiven(completionSubmitted(TAN_THANH), completionAccepted(TAN_THANH, NOW))
               .when(changeDeadline(LATER, "Bổ sung hạng mục theo Công văn 112/UBND"))
               .expectEvents(new DeadlineChanged(DIRECTIVE, DEADLINE, LATER, "Bổ sung hạng mục theo Công văn 112/UBND",
                       List.of("31951", "32191")));
    }

    @Test
    void canExtendTheNewDeadlineOnlyFromIt() {
        fixture.given(issued(LANG_TRON))
               .andGiven(new DeadlineChanged(DIRECTIVE, DEADLINE, LATER, "Chờ hướng dẫn của Bộ", List.of("31951")))
               .when(requestExtension(LANG_TRON, LATER, "Thiếu cán bộ"))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("later than the commune's current deadline 2026-07-31"));
    }

    @Test
    void cannotChangeTheDeadlineToAPastDate() {
        fixture.given(issued(LANG_TRON))
               .when(changeDeadline(TODAY.minusDays(1), "Đẩy nhanh tiến độ"))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotChangeTheDeadlineWithoutAReason() {
        fixture.given(issued(LANG_TRON))
               .when(new ChangeDeadline(DIRECTIVE, new Deadline(LATER), null, LEADER, newRequestId()))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotChangeTheDeadlineOfAWithdrawnDirective() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(changeDeadline(LATER, "Gia hạn chung"))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class);
    }

    @Test
    void cannotChangeTheDeadlineOfAClosedDirective() {
        fixture.given(issued(LANG_TRON))
               .andGiven(closed("Kết thúc đợt kiểm tra", "31951"))
               .when(changeDeadline(LATER, "Gia hạn chung"))
               .expectNoEvents()
               .expectException(DirectiveClosedException.class)
               .expectExceptionMessage("the directive was closed on 2026-05-04; no further reports or decisions are accepted");
    }

    // ---- WithdrawDirective

    @Test
    void canWithdrawADirective() {
        fixture.given(issued(LANG_TRON))
               .when(withdraw("Gộp vào Chỉ thị 09/CT-UBND"))
               .expectEvents(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"));
    }

    @Test
    void cannotWithdrawWithoutAReason() {
        fixture.given(issued(LANG_TRON))
               .when(new WithdrawDirective(DIRECTIVE, null, LEADER, newRequestId()))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotWithdrawTwice() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(withdraw("Nhầm lẫn"))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class);
    }

    @Test
    void cannotWithdrawAsACommune() {
        fixture.given(issued(LANG_TRON))
               .when(new WithdrawDirective(DIRECTIVE, new org.directivetracker.core.api.value.Note("Không cần thiết"),
                       chairOf(LANG_TRON), newRequestId()))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotReportAfterWithdrawalAndIsToldSinceWhen() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(reportProgress(LANG_TRON, 40, "Đã khảo sát xong"))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class)
               .expectExceptionMessage("the directive was withdrawn on 2026-05-04; no further reports or decisions are accepted");
    }

    // ---- CloseDirective

    @Test
    void canCloseWhenEveryCommuneHasCompleted() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(close(null))
               .expectEvents(closed(null));
    }

    @Test
    void canCloseWithOpenCommunesWhenTheNoteSaysWhy() {
        fixture.given(issued(LANG_TRON, TAN_THANH, NAM_CAN))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(close("Chuyển phần còn lại sang kế hoạch năm 2027"))
               .expectEvents(closed("Chuyển phần còn lại sang kế hoạch năm 2027", "32025", "32191"));
    }

    @Test
    void cannotCloseWithOpenCommunesAndNoNote() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(close(null))
               .expectNoEvents()
               .expectException(DirectiveHasOpenCommunesException.class)
               .expectExceptionMessage("1 commune(s) have not completed (32025); closing the directive needs a note saying why");
    }

    @Test
    void cannotCloseTwice() {
        fixture.given(issued(LANG_TRON))
               .andGiven(closed("Kết thúc", "31951"))
               .when(close("Kết thúc lần nữa"))
               .expectNoEvents()
               .expectException(DirectiveClosedException.class);
    }

    @Test
    void cannotSubmitCompletionAfterClose() {
        fixture.given(issued(LANG_TRON))
               .andGiven(closed("Kết thúc", "31951"))
               .when(submitCompletion(LANG_TRON, "Đã xong"))
               .expectNoEvents()
               .expectException(DirectiveClosedException.class);
    }
}
