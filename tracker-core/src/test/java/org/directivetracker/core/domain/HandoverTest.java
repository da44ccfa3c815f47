package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.RecordHandover;
import org.directivetracker.core.api.event.HandoverRecorded;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.directivetracker.core.domain.DirectiveTestData.*;

/** A commune's official hands over to a successor; the commune office's stream records it. */
class HandoverTest {

    private static final String OFFICE = RecordHandover.officeIdOf(LANG_TRON);
    private static final Instant AS_OF = NOW.minusSeconds(5);
    private static final String DIGEST = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
    private static final String NOTE = "Bàn giao do điều động công tác";

    private AggregateTestFixture<CommuneOffice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CommuneOffice.class);
        fixture.givenCurrentTime(NOW);
    }

    private static RecordHandover handover(Actor actor, String from, String to) {
        return RecordHandover.of(LANG_TRON, from, to, new Note(NOTE), AS_OF, DIGEST, actor, newRequestId());
    }

    private static HandoverRecorded recorded(String from, String to) {
        return new HandoverRecorded(OFFICE, LANG_TRON.value(), from, to, NOTE, AS_OF, DIGEST);
    }

    @Test
    void canRecordAFirstHandover() {
        fixture.givenNoPriorActivity()
               .when(handover(LEADER, "chair-31951", "pho-chu-tich-31951"))
               .expectEvents(recorded("chair-31951", "pho-chu-tich-31951"));
    }

    @Test
    void canHandOverAgainFromTheOfficialWhoTookOver() {
        fixture.given(recorded("chair-31951", "pho-chu-tich-31951"))
               .when(handover(LEADER, "pho-chu-tich-31951", "chu-tich-moi-31951"))
               .expectEvents(recorded("pho-chu-tich-31951", "chu-tich-moi-31951"));
    }

    @Test
    void cannotHandOverFromSomeoneNotInCharge() {
        fixture.given(recorded("chair-31951", "pho-chu-tich-31951"))
               .when(handover(LEADER, "chair-31951", "chu-tich-moi-31951"))
               .expectNoEvents()
               .expectException(HandoverFromWrongOfficialException.class);
    }

    @Test
    void cannotHandOverToTheSameAccount() {
        fixture.givenNoPriorActivity()
               .when(handover(LEADER, "chair-31951", "chair-31951"))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotRecordAHandoverAsTheCommuneItself() {
        fixture.givenNoPriorActivity()
               .when(handover(chairOf(LANG_TRON), "chair-31951", "pho-chu-tich-31951"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotRecordAHandoverWithoutTheDossiersDigest() {
        fixture.givenNoPriorActivity()
               .when(RecordHandover.of(LANG_TRON, "chair-31951", "pho-chu-tich-31951", new Note(NOTE), AS_OF, null,
                       LEADER, newRequestId()))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }
}
