package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.PostMessage;
import org.directivetracker.core.api.command.UrgeCommune;
import org.directivetracker.core.api.event.CommuneUrged;
import org.directivetracker.core.api.event.MessagePosted;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.directivetracker.core.domain.DirectiveTestData.*;

/** Free messages both ways in one commune's thread, and the province urging a commune. */
class ThreadMessagesTest {

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    private static PostMessage postMessage(Actor actor, CommuneCode commune, String text) {
        return new PostMessage(DIRECTIVE, commune, text == null ? null : new Note(text), actor, newRequestId());
    }

    private static UrgeCommune urge(Actor actor, CommuneCode commune, String noteOrNull) {
        return new UrgeCommune(DIRECTIVE, commune, noteOrNull == null ? null : new Note(noteOrNull), actor, newRequestId());
    }

    // ---- PostMessage

    @Test
    void canPostAMessageFromTheCommune() {
        fixture.given(issued(LANG_TRON))
               .when(postMessage(chairOf(LANG_TRON), LANG_TRON, "Xã đã gửi bản scan biên bản"))
               .expectEvents(new MessagePosted(DIRECTIVE, "31951", "Xã đã gửi bản scan biên bản", false))
               .expectResultMessagePayload("2");
    }

    @Test
    void canRetryAPostedMessageAndGetItsSequenceAgainWithoutASecondMessage() {
        PostMessage message = postMessage(chairOf(LANG_TRON), LANG_TRON, "Xã đã gửi bản scan biên bản");
        fixture.given(issued(LANG_TRON))
               .andGiven(withRequestId(new MessagePosted(DIRECTIVE, "31951", "Xã đã gửi bản scan biên bản", false), message.requestId()))
               .when(message)
               .expectNoEvents()
               .expectResultMessagePayload("2");
    }

    @Test
    void canPostAMessageFromTheProvince() {
        fixture.given(issued(LANG_TRON))
               .when(postMessage(LEADER, LANG_TRON, "Đề nghị bổ sung ảnh chụp hiện trạng"))
               .expectEvents(new MessagePosted(DIRECTIVE, "31951", "Đề nghị bổ sung ảnh chụp hiện trạng", true));
    }

    @Test
    void cannotPostAMessageIntoAnotherCommunesThread() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .when(postMessage(chairOf(TAN_THANH), LANG_TRON, "Xin chào"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotPostAMessageAsAnAuditor() {
        fixture.given(issued(LANG_TRON))
               .when(postMessage(AUDITOR, LANG_TRON, "Ghi chú kiểm tra"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotPostAMessageWithoutText() {
        fixture.given(issued(LANG_TRON))
               .when(postMessage(LEADER, LANG_TRON, null))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotPostAMessageToACommuneNotAssigned() {
        fixture.given(issued(LANG_TRON))
               .when(postMessage(LEADER, NAM_CAN, "Xin chào"))
               .expectNoEvents()
               .expectException(CommuneNotAssignedException.class);
    }

    @Test
    void cannotPostAMessageAfterWithdrawal() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(postMessage(chairOf(LANG_TRON), LANG_TRON, "Xã vẫn đang làm"))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class);
    }

    // ---- UrgeCommune

    @Test
    void canUrgeACommuneWithANote() {
        fixture.given(issued(LANG_TRON))
               .when(urge(LEADER, LANG_TRON, "Đề nghị xã khẩn trương báo cáo tiến độ"))
               .expectEvents(new CommuneUrged(DIRECTIVE, "31951", "Đề nghị xã khẩn trương báo cáo tiến độ"));
    }

    @Test
    void cannotUrgeWithoutANote() {
        fixture.given(issued(LANG_TRON))
               .when(urge(LEADER, LANG_TRON, null))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotUrgeAsACommune() {
        fixture.given(issued(LANG_TRON))
               .when(urge(chairOf(LANG_TRON), LANG_TRON, "Tự nhắc"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotUrgeACommuneWhoseCompletionWasAccepted() {
        fixture.given(issued(LANG_TRON))
               .andGiven(completionSubmitted(LANG_TRON), completionAccepted(LANG_TRON, NOW))
               .when(urge(LEADER, LANG_TRON, "Đề nghị khẩn trương"))
               .expectNoEvents()
               .expectException(AssignmentCompletedException.class);
    }

    @Test
    void cannotUrgeOnAClosedDirective() {
        fixture.given(issued(LANG_TRON))
               .andGiven(closed("Kết thúc theo dõi", "31951"))
               .when(urge(LEADER, LANG_TRON, "Đề nghị khẩn trương"))
               .expectNoEvents()
               .expectException(DirectiveClosedException.class);
    }
}
