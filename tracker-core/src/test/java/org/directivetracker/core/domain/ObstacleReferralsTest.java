package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AnswerObstacle;
import org.directivetracker.core.api.command.EscalateObstacle;
import org.directivetracker.core.api.command.ReferObstacle;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.directivetracker.core.domain.DirectiveTestData.*;
import static org.hamcrest.Matchers.containsString;

/**
 * Obstacles beyond a commune's power: the province refers them to a department with a date to answer by, the
 * department answers, the commune resolves or escalates, and the province may refer again.
 */
class ObstacleReferralsTest {

    private static final String OBSTACLE = "vuong-mac-1";
    private static final LocalDate ANSWER_BY = TODAY.plusDays(10);
    private static final String NOTE = "Đề nghị Sở hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất";
    private static final String ANSWER = "Sở đã ban hành hướng dẫn số 12/HD-SXD, xã thực hiện theo mục 3";
    private static final String REASON = "Hướng dẫn chưa nêu rõ trường hợp đất bàn giao sau sáp nhập";

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    // ---- ReferObstacle

    @Test
    void canReferAnOpenObstacleToADepartment() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(LEADER, SXD, ANSWER_BY))
               .expectEvents(new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, "SXD", ANSWER_BY, NOTE, null));
    }

    @Test
    void canReferWithAnswerByToday() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(LEADER, SXD, TODAY))
               .expectEvents(new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, "SXD", TODAY, NOTE, null));
    }

    @Test
    void canReferWithoutANote() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(new ReferObstacle(DIRECTIVE, LANG_TRON, OBSTACLE, SXD, ANSWER_BY, null, LEADER, newRequestId()))
               .expectEvents(new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, "SXD", ANSWER_BY, null, null));
    }

    @Test
    void canReferAgainToAnotherDepartmentNamingTheOneBefore() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(refer(LEADER, STC, ANSWER_BY))
               .expectEvents(new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, "STC", ANSWER_BY, NOTE, "SXD"));
    }

    @Test
    void canReferAgainAfterTheCommuneEscalated() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD), escalated(SXD))
               .when(refer(LEADER, STC, ANSWER_BY))
               .expectEvents(new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, "STC", ANSWER_BY, NOTE, "SXD"));
    }

    @Test
    void cannotReferAResolvedObstacle() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), obstacleResolved(LANG_TRON, OBSTACLE))
               .when(refer(LEADER, SXD, ANSWER_BY))
               .expectNoEvents()
               .expectException(ObstacleAlreadyResolvedException.class);
    }

    @Test
    void cannotReferAnUnknownObstacle() {
        fixture.given(issued(LANG_TRON))
               .when(refer(LEADER, SXD, ANSWER_BY))
               .expectNoEvents()
               .expectException(UnknownObstacleException.class);
    }

    @Test
    void cannotReferToADepartmentThatIsNotTheProvinces() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(LEADER, NOT_A_DEPARTMENT, ANSWER_BY))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("SXX is not a department of the province"));
    }

    @Test
    void cannotReferWithAnAnswerByDateInThePast() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(LEADER, SXD, TODAY.minusDays(1)))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("answerBy: must not be in the past"));
    }

    @Test
    void cannotReferWithoutAnAnswerByDate() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(LEADER, SXD, null))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("answerBy: is required"));
    }

    @Test
    void cannotReferAsTheCommune() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(chairOf(LANG_TRON), SXD, ANSWER_BY))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotReferAsADepartment() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(refer(departmentAccount(SXD), SXD, ANSWER_BY))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotReferOnAWithdrawnDirective() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(refer(LEADER, SXD, ANSWER_BY))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class);
    }

    @Test
    void canRetryAReferralWithoutReferringTwice() {
        ReferObstacle referral = refer(LEADER, SXD, ANSWER_BY);
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .andGiven(withRequestId(new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, "SXD", ANSWER_BY, NOTE, null),
                       referral.requestId()))
               .when(referral)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    // ---- AnswerObstacle

    @Test
    void canAnswerAsTheDepartmentItIsReferredTo() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(answer(departmentAccount(SXD)))
               .expectEvents(new ObstacleAnswered(DIRECTIVE, "31951", OBSTACLE, "SXD", ANSWER));
    }

    @Test
    void cannotAnswerAsAnotherDepartment() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(answer(departmentAccount(STC)))
               .expectNoEvents()
               .expectException(NotPermittedException.class)
               .expectExceptionMessage(containsString("only the department it is referred to may answer it"));
    }

    @Test
    void cannotAnswerAsTheDepartmentItWasReferredToBefore() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), referredAgain(SXD, STC))
               .when(answer(departmentAccount(SXD)))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAnswerAnObstacleNeverReferred() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(answer(departmentAccount(SXD)))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAnswerTwice() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD))
               .when(answer(departmentAccount(SXD)))
               .expectNoEvents()
               .expectException(ObstacleNotAwaitingAnswerException.class);
    }

    @Test
    void cannotAnswerAfterTheCommuneEscalated() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD), escalated(SXD))
               .when(answer(departmentAccount(SXD)))
               .expectNoEvents()
               .expectException(ObstacleNotAwaitingAnswerException.class);
    }

    @Test
    void cannotAnswerAResolvedObstacle() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), obstacleResolved(LANG_TRON, OBSTACLE))
               .when(answer(departmentAccount(SXD)))
               .expectNoEvents()
               .expectException(ObstacleAlreadyResolvedException.class);
    }

    @Test
    void cannotAnswerAsTheProvince() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(answer(LEADER))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAnswerAsTheCommune() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(answer(chairOf(LANG_TRON)))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    // ---- EscalateObstacle, and resolving after an answer

    @Test
    void canEscalateAnAnsweredObstacle() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD))
               .when(escalate(chairOf(LANG_TRON)))
               .expectEvents(new ObstacleEscalated(DIRECTIVE, "31951", OBSTACLE, "SXD", REASON));
    }

    @Test
    void cannotEscalateBeforeAnAnswer() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(escalate(chairOf(LANG_TRON)))
               .expectNoEvents()
               .expectException(ObstacleNotAnsweredException.class);
    }

    @Test
    void cannotEscalateAnObstacleNeverReferred() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE))
               .when(escalate(chairOf(LANG_TRON)))
               .expectNoEvents()
               .expectException(ObstacleNotAnsweredException.class);
    }

    @Test
    void cannotEscalateTwiceOnOneAnswer() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD), escalated(SXD))
               .when(escalate(chairOf(LANG_TRON)))
               .expectNoEvents()
               .expectException(ObstacleNotAnsweredException.class);
    }

    @Test
    void cannotEscalateAsAnotherCommune() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD))
               .when(escalate(chairOf(TAN_THANH)))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotEscalateAsTheProvince() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD))
               .when(escalate(LEADER))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotEscalateWithoutAReason() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD))
               .when(new EscalateObstacle(DIRECTIVE, LANG_TRON, OBSTACLE, null, chairOf(LANG_TRON), newRequestId()))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void canResolveAnAnsweredObstacle() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD), answered(SXD))
               .when(resolveObstacle(chairOf(LANG_TRON), LANG_TRON, OBSTACLE, "Tỉnh cấp máy chủ dự phòng"))
               .expectEvents(obstacleResolved(LANG_TRON, OBSTACLE));
    }

    @Test
    void canResolveAnObstacleWhileADepartmentOwesTheAnswer() {
        fixture.given(issued(LANG_TRON))
               .andGiven(obstacleRaised(LANG_TRON, OBSTACLE), referred(SXD))
               .when(resolveObstacle(LEADER, LANG_TRON, OBSTACLE, "Tỉnh cấp máy chủ dự phòng"))
               .expectEvents(obstacleResolved(LANG_TRON, OBSTACLE));
    }

    // ---- commands and events of this test

    private static ReferObstacle refer(Actor actor, DepartmentCode department, LocalDate answerBy) {
        return new ReferObstacle(DIRECTIVE, LANG_TRON, OBSTACLE, department, answerBy, new Note(NOTE), actor,
                newRequestId());
    }

    private static AnswerObstacle answer(Actor actor) {
        return new AnswerObstacle(DIRECTIVE, LANG_TRON, OBSTACLE, new Note(ANSWER), actor, newRequestId());
    }

    private static EscalateObstacle escalate(Actor actor) {
        return new EscalateObstacle(DIRECTIVE, LANG_TRON, OBSTACLE, new Note(REASON), actor, newRequestId());
    }

    private static ObstacleReferred referred(DepartmentCode department) {
        return new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, department.value(), ANSWER_BY, NOTE, null);
    }

    private static ObstacleReferred referredAgain(DepartmentCode before, DepartmentCode department) {
        return new ObstacleReferred(DIRECTIVE, "31951", OBSTACLE, department.value(), ANSWER_BY, NOTE, before.value());
    }

    private static ObstacleAnswered answered(DepartmentCode department) {
        return new ObstacleAnswered(DIRECTIVE, "31951", OBSTACLE, department.value(), ANSWER);
    }

    private static ObstacleEscalated escalated(DepartmentCode department) {
        return new ObstacleEscalated(DIRECTIVE, "31951", OBSTACLE, department.value(), REASON);
    }
}
