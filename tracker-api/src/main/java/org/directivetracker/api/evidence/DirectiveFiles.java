package org.directivetracker.api.evidence;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.EvidenceAttached;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the attachments of directives need from their histories (the communes assigned, the files attached), read from
 * the stored events from the first one (never from a snapshot) and kept for the directives read last. A later read
 * asks the store only for the events after the last one it saw, so a directive's page costs what was appended since,
 * not its whole history: stored events never change, so what was read once stays true.
 */
final class DirectiveFiles {

    /** A directive's history as far as attachments need it, up to (not including) {@code nextSequence}. */
    record History(String directiveId, List<String> assigned, List<Attachment> attachments, long nextSequence) {

        History followedBy(List<? extends DomainEventMessage<?>> events) {
            List<String> moreAssigned = new ArrayList<>(assigned);
            List<Attachment> moreAttachments = new ArrayList<>(attachments);
            long next = nextSequence;
            for (DomainEventMessage<?> event : events) {
                next = event.getSequenceNumber() + 1;
                if (event.getPayload() instanceof CommuneAssigned assignedEvent) {
                    moreAssigned.add(assignedEvent.communeCode());
                } else if (event.getPayload() instanceof EvidenceAttached attached) {
                    moreAttachments.add(new Attachment(attached.attachmentId(), attached.directiveId(),
                            attached.communeCode(), attached.fileName(), attached.contentType(), attached.size(),
                            attached.sha256(), attached.caption(), event.getTimestamp(),
                            Optional.ofNullable(event.getMetaData().get(MetadataKeys.ACCOUNT)).map(Object::toString)
                                    .orElse(null),
                            event.getSequenceNumber()));
                }
            }
            return new History(directiveId, List.copyOf(moreAssigned), List.copyOf(moreAttachments), next);
        }
    }

    private final EventStore eventStore;
    private final Map<String, History> kept;

    DirectiveFiles(EventStore eventStore, int directivesKept) {
        this.eventStore = eventStore;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, History> eldest) {
                return size() > directivesKept;
            }
        };
    }

    /** The directive's history up to its last stored event. */
    History of(String directiveId) {
        History known = kept(directiveId);
        long from = known == null ? 0 : known.nextSequence();
        List<? extends DomainEventMessage<?>> newer = eventStore.readEvents(directiveId, from).asStream().toList();
        if (newer.isEmpty()) {
            if (known == null) {
                throw new AggregateNotFoundException(directiveId, "there is no directive " + directiveId);
            }
            return known;
        }
        History current = (known == null ? new History(directiveId, List.of(), List.of(), 0) : known).followedBy(newer);
        keep(current);
        return current;
    }

    private synchronized History kept(String directiveId) {
        return kept.get(directiveId);
    }

    /** Keeps the longer of two reads of the same history that ran side by side. */
    private synchronized void keep(History history) {
        kept.merge(history.directiveId(), history,
                (before, after) -> after.nextSequence() >= before.nextSequence() ? after : before);
    }
}
