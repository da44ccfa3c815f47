package org.directivetracker.api.evidence;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.event.ProgressReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A directive's attachments read from its history: whole the first time, then only what was appended since. */
class DirectiveFilesTest {

    private final AtomicInteger eventsRead = new AtomicInteger();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine() {
        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return DomainEventStream.of(super.readEvents(aggregateIdentifier, firstSequenceNumber).asStream()
                    .peek(event -> eventsRead.incrementAndGet()));
        }
    }).build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aSecondReadAsksOnlyForTheEventsAppendedSinceAndSeesThemWithTheEarlierOnes() {
        append("D1", 0, new CommuneAssigned("D1", "31951", LocalDate.of(2026, 12, 31)));
        append("D1", 1, new CommuneAssigned("D1", "32002", LocalDate.of(2026, 12, 31)));
        append("D1", 2, attached("D1", "31951", "A1", "bien-ban.pdf"));
        DirectiveFiles files = new DirectiveFiles(store, 10);

        DirectiveFiles.History first = files.of("D1");
        assertThat(first.assigned()).containsExactly("31951", "32002");
        assertThat(first.attachments()).extracting(Attachment::attachmentId).containsExactly("A1");
        assertThat(eventsRead).hasValue(3);

        append("D1", 3, new ProgressReported("D1", "31951", 40, "Đã khảo sát 40% hộ dân"));
        append("D1", 4, attached("D1", null, "A2", "ke-hoach.pdf"));
        eventsRead.set(0);
        DirectiveFiles.History second = files.of("D1");
        assertThat(eventsRead).as("only the two events appended since").hasValue(2);
        assertThat(second.attachments()).extracting(Attachment::attachmentId, Attachment::commune, Attachment::sequence)
                .containsExactly(tuple("A1", "31951", 2L),
                        tuple("A2", null, 4L));
        assertThat(second.assigned()).containsExactly("31951", "32002");

        eventsRead.set(0);
        assertThat(files.of("D1")).isEqualTo(second);
        assertThat(eventsRead).as("nothing appended, nothing read").hasValue(0);
    }

    @Test
    void aDirectiveNoLongerKeptIsReadWholeAgain() {
        append("D1", 0, new CommuneAssigned("D1", "31951", LocalDate.of(2026, 12, 31)));
        append("D1", 1, attached("D1", "31951", "A1", "anh-hien-truong.jpg"));
        append("D2", 0, new CommuneAssigned("D2", "32002", LocalDate.of(2026, 12, 31)));
        DirectiveFiles files = new DirectiveFiles(store, 1);

        files.of("D1");
        files.of("D2");
        eventsRead.set(0);
        assertThat(files.of("D1").attachments()).extracting(Attachment::fileName).containsExactly("anh-hien-truong.jpg");
        assertThat(eventsRead).hasValue(2);
    }

    @Test
    void aDirectiveWithoutEventsIsNotFound() {
        DirectiveFiles files = new DirectiveFiles(store, 10);
        assertThatThrownBy(() -> files.of("D404")).isInstanceOf(AggregateNotFoundException.class);
    }

    private static EvidenceAttached attached(String directiveId, String commune, String attachmentId, String fileName) {
        return new EvidenceAttached(directiveId, commune, attachmentId, fileName, "application/pdf", 1_024,
                "a".repeat(64), null);
    }

    private void append(String directiveId, long sequence, Object payload) {
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Directive", directiveId, sequence, payload);
        store.publish(event);
    }
}
