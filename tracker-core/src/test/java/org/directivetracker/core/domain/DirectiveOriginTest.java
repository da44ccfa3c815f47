package org.directivetracker.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.core.domain.DirectiveTestData.DEADLINE;
import static org.directivetracker.core.domain.DirectiveTestData.DESCRIPTION;
import static org.directivetracker.core.domain.DirectiveTestData.DIRECTIVE;
import static org.directivetracker.core.domain.DirectiveTestData.FIELD;
import static org.directivetracker.core.domain.DirectiveTestData.LANG_TRON;
import static org.directivetracker.core.domain.DirectiveTestData.LEADER;
import static org.directivetracker.core.domain.DirectiveTestData.REFERENCE;
import static org.directivetracker.core.domain.DirectiveTestData.TITLE;
import static org.directivetracker.core.domain.DirectiveTestData.assigned;
import static org.directivetracker.core.domain.DirectiveTestData.fixtureAtNow;
import static org.directivetracker.core.domain.DirectiveTestData.withRequestId;

import java.util.List;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.event.AttendanceRecorded;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionRecorded;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.MeetingEvent;
import org.directivetracker.core.api.event.MeetingScheduled;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A directive issued from a meeting's conclusion records where it came from, and is issued once from it. */
class DirectiveOriginTest {

    static final Origin ORIGIN = new Origin("meeting-1", "k1");

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    static IssueDirective issueFrom(Origin origin, String requestId) {
        return new IssueDirective(DIRECTIVE, new Title(TITLE), new Description(DESCRIPTION), REFERENCE, FIELD,
                Priority.HIGH, new Deadline(DEADLINE), List.of(LANG_TRON), LEADER, requestId, origin);
    }

    static DirectiveIssued issuedFrom(Origin origin) {
        return new DirectiveIssued(DIRECTIVE, TITLE, DESCRIPTION, REFERENCE, FIELD, Priority.HIGH, DEADLINE, origin);
    }

    @Test
    void canIssueADirectiveThatRecordsTheConclusionItCameFrom() {
        fixture.givenNoPriorActivity()
               .when(issueFrom(ORIGIN, ORIGIN.requestId()))
               .expectEvents(issuedFrom(ORIGIN), assigned(LANG_TRON, DEADLINE));
    }

    @Test
    void canIssueFromTheSameConclusionAgainWithoutASecondEventWhenTheRequestIsNoLongerRemembered() {
        fixture.given(withRequestId(issuedFrom(ORIGIN), "forgotten"), assigned(LANG_TRON, DEADLINE))
               .when(issueFrom(ORIGIN, ORIGIN.requestId()))
               .expectNoEvents()
               .expectResultMessagePayload(DIRECTIVE);
    }

    @Test
    void cannotIssueFromAnotherConclusionUnderAnIdAlreadyIssued() {
        fixture.given(withRequestId(issuedFrom(ORIGIN), "first"), assigned(LANG_TRON, DEADLINE))
               .when(issueFrom(new Origin("meeting-1", "k2"), "second"))
               .expectNoEvents()
               .expectException(DirectiveAlreadyIssuedException.class);
    }

    @Test
    void canReadBackADirectiveIssuedBeforeMeetingsExistedWithoutOrigin() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(SerializationRoundTripTest.productionObjectMapper()).build();
        String stored = "{\"directiveId\":\"d-1\",\"title\":\"Số hóa hồ sơ\",\"description\":\"Thực hiện ngay\","
                + "\"reference\":null,\"field\":null,\"priority\":\"NORMAL\",\"deadline\":\"2026-06-30\"}";
        SerializedObject<String> old = new SimpleSerializedObject<>(stored, String.class,
                new SimpleSerializedType(DirectiveIssued.class.getName(), null));
        DirectiveIssued readBack = serializer.deserialize(old);
        assertThat(readBack.origin()).isNull();
        assertThat(readBack.title()).isEqualTo("Số hóa hồ sơ");
    }

    @Test
    void canReadBackEveryMeetingEventAsWritten() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(SerializationRoundTripTest.productionObjectMapper()).build();
        List<MeetingEvent> events = List.of(MeetingTest.scheduled(),
                new AttendanceRecorded(MeetingTest.MEETING, LANG_TRON.value(), true, "Chủ tịch UBND xã Láng Tròn"),
                MeetingTest.concluded("k1", MeetingTest.TERMS),
                new ConclusionNoticeIssued(MeetingTest.MEETING, "125/TB-UBND", List.of(
                        new ConclusionNoticeIssued.DirectiveToIssue("k1", ORIGIN.directiveId(), MeetingTest.TERMS))));
        for (MeetingEvent event : events) {
            SerializedObject<String> json = serializer.serialize(event, String.class);
            assertThat((Object) serializer.deserialize(json)).as(json.getData()).isEqualTo(event);
        }
        assertThat(events).extracting(Object::getClass).containsExactlyInAnyOrder(MeetingScheduled.class,
                AttendanceRecorded.class, ConclusionRecorded.class, ConclusionNoticeIssued.class);
        DirectiveIssued withOrigin = issuedFrom(ORIGIN);
        assertThat((Object) serializer.deserialize(serializer.serialize(withOrigin, String.class))).isEqualTo(withOrigin);
    }
}
