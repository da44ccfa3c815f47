package org.directivetracker.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.value.ProvinceTime;

/** Writes events as the store would deliver them: per-directive sequence, timestamp, actor metadata. */
public final class EventLog {

    private final Map<String, Long> nextSequence = new HashMap<>();
    private final List<DomainEventMessage<DirectiveEvent>> messages = new ArrayList<>();

    /** The event, as happened at 09:00 province time on the given day. */
    public DomainEventMessage<DirectiveEvent> on(LocalDate day, DirectiveEvent event) {
        return at(day.atTime(LocalTime.of(9, 0)).atZone(ProvinceTime.ZONE).toInstant(), event);
    }

    public DomainEventMessage<DirectiveEvent> at(Instant when, DirectiveEvent event) {
        long sequence = nextSequence.merge(event.directiveId(), 1L, Long::sum) - 1;
        DomainEventMessage<DirectiveEvent> message = new GenericDomainEventMessage<>("Directive", event.directiveId(),
                sequence, event, Map.of(MetadataKeys.ACCOUNT, "tester", MetadataKeys.ROLE, "PROVINCE"),
                UUID.randomUUID().toString(), when);
        messages.add(message);
        return message;
    }

    public List<DomainEventMessage<DirectiveEvent>> messages() {
        return List.copyOf(messages);
    }
}
