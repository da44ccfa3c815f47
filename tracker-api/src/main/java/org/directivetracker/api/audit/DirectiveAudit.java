package org.directivetracker.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.mongo.StoredExtent;
import org.directivetracker.eventstore.export.HistoryExport;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.progress.DirectiveState;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an auditor asks of one directive: its history, its state at any point, whether its history is intact, and the
 * history as a file. Everything is read from the stored events, never from a snapshot or a read model.
 *
 * <p>Who reads: an auditor and the province read everything. A commune account reads the history of a directive
 * assigned to its commune, limited to the directive-level events and its own commune's events; the other communes'
 * reports stay theirs. State, verification and export show every commune and are the auditor's and the province's.
 */
public class DirectiveAudit {

    public static final int DEFAULT_PAGE = 100;
    public static final int MAX_PAGE = 1000;

    /** Events read at a time while replaying up to an instant, so that an early instant reads only the beginning. */
    private static final int REPLAY_CHUNK = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoredStreams streams;
    private final Serializer eventSerializer;
    private final CommuneDirectory communes;
    private final TimelinessRules timelinessRules;
    private final Clock clock;

    public DirectiveAudit(StoredStreams streams, Serializer eventSerializer, CommuneDirectory communes,
                          TimelinessRules timelinessRules, Clock clock) {
        this.streams = streams;
        this.eventSerializer = eventSerializer;
        this.communes = communes;
        this.timelinessRules = timelinessRules;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- history

    /** Up to {@code limit} events from sequence {@code from} that {@code reader} may see, oldest first. */
    public HistoryPage history(String directiveId, long from, int limit, Actor reader) {
        if (reader.role() == Role.COMMUNE) {
            return communeHistory(directiveId, from, limit, reader);
        }
        requireAuditReader(reader);
        // one more than asked tells whether a next page exists
        List<StoredEvent> stored = streams.read(directiveId, from, limit + 1);
        if (stored.isEmpty() && (from == 0 || streams.read(directiveId, 0, 1).isEmpty())) {
            throw unknown(directiveId);
        }
        List<HistoryEntry> entries = new ArrayList<>(Math.min(stored.size(), limit));
        for (StoredEvent event : stored.subList(0, Math.min(limit, stored.size()))) {
            entries.add(entry(event));
        }
        Long next = stored.size() > limit ? stored.get(limit).sequence() : null;
        return page(directiveId, from, limit, entries, next);
    }

    private HistoryPage communeHistory(String directiveId, long from, int limit, Actor reader) {
        List<StoredEvent> stored = streams.readAll(directiveId);
        if (stored.isEmpty()) {
            throw unknown(directiveId);
        }
        String own = reader.commune().value();
        List<HistoryEntry> visible = new ArrayList<>();
        boolean assigned = false;
        for (StoredEvent event : stored) {
            HistoryEntry entry = entry(event);
            if (own.equals(entry.commune())) {
                assigned |= "CommuneAssigned".equals(entry.type());
            }
            if (event.sequence() >= from && (entry.commune() == null || own.equals(entry.commune()))) {
                visible.add(entry);
            }
        }
        if (!assigned) {
            throw new NotPermittedException("a commune account reads only the history of directives assigned to its"
                                            + " commune (" + own + ")");
        }
        Long next = visible.size() > limit ? visible.get(limit).sequence() : null;
        return page(directiveId, from, limit, List.copyOf(visible.subList(0, Math.min(limit, visible.size()))), next);
    }

    private static HistoryPage page(String directiveId, long from, int limit, List<HistoryEntry> entries, Long next) {
        String nextPage = next == null ? null
                : "/api/directives/" + directiveId + "/history?from=" + next + "&limit=" + limit;
        return new HistoryPage(directiveId, from, limit, entries, nextPage);
    }

    private static HistoryEntry entry(StoredEvent event) {
        JsonNode payload = parse(event.payloadJson());
        return new HistoryEntry(event.sequence(), simpleName(event.payloadType()), event.timestamp(), actor(event),
                text(payload, "communeCode"), payload, event.hash());
    }

    /** Who acted, from the metadata stored with the event; a value it does not hold is null. */
    private static HistoryEntry.EventActor actor(StoredEvent event) {
        JsonNode metadata = parse(event.metadataJson());
        return new HistoryEntry.EventActor(text(metadata, MetadataKeys.ACCOUNT), text(metadata, MetadataKeys.ROLE),
                text(metadata, MetadataKeys.COMMUNE));
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // an altered store may hold anything; show it as the text it is rather than fail the whole history
            return JSON.getNodeFactory().textNode(json);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String simpleName(String payloadType) {
        return payloadType == null ? null : payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    // ---------------------------------------------------------------- state as of

    /**
     * The directive replayed through {@link DirectiveState} from its first event up to the last event stamped at or
     * before {@code at}, its timeliness judged on {@code at}'s day in the province. The replay stops at the first
     * event stamped after {@code at}, so the state is always that of a prefix of the history.
     */
    public DirectiveStateAt stateAt(String directiveId, Instant at, Actor reader) {
        requireAuditReader(reader);
        List<StoredEvent> upToAt = new ArrayList<>();
        StoredEvent firstAfterAt = null;
        long from = 0;
        // chunk by chunk, so that an instant early in a long history reads only its beginning
        while (firstAfterAt == null) {
            List<StoredEvent> chunk = streams.read(directiveId, from, REPLAY_CHUNK);
            for (StoredEvent event : chunk) {
                if (event.timestamp().isAfter(at)) {
                    firstAfterAt = event;
                    break;
                }
                upToAt.add(event);
            }
            if (chunk.size() < REPLAY_CHUNK) {
                break;
            }
            from = chunk.get(chunk.size() - 1).sequence() + 1;
        }
        if (upToAt.isEmpty() && firstAfterAt == null) {
            throw unknown(directiveId);
        }
        if (upToAt.isEmpty()) {
            throw new UnknownDirectiveException("directive " + directiveId + " did not exist yet at " + at
                                                + "; its history starts at " + firstAfterAt.timestamp());
        }
        return replay(directiveId, upToAt, at);
    }

    /** The directive replayed up to and including event {@code sequence}, judged on that event's day. */
    public DirectiveStateAt stateAtSequence(String directiveId, long sequence, Actor reader) {
        requireAuditReader(reader);
        List<StoredEvent> stored = streams.read(directiveId, 0, (int) Math.min(Integer.MAX_VALUE - 1L, sequence + 1));
        if (stored.isEmpty()) {
            throw unknown(directiveId);
        }
        StoredEvent last = stored.get(stored.size() - 1);
        if (last.sequence() != sequence) {
            throw new UnknownDirectiveException("directive " + directiveId + " has no event " + sequence
                                                + "; its last event is " + last.sequence());
        }
        return replay(directiveId, stored, last.timestamp());
    }

    /** The directive as it stands now. */
    public DirectiveStateAt currentState(String directiveId, Actor reader) {
        return stateAt(directiveId, clock.instant(), reader);
    }

    private DirectiveStateAt replay(String directiveId, List<StoredEvent> events, Instant at) {
        DirectiveState state = new DirectiveState(directiveId);
        for (StoredEvent event : events) {
            state.apply(payloadOf(event).orElseThrow(() -> unknown(directiveId)), event.timestamp(), event.sequence());
        }
        return new DirectiveStateAt(state.view(ProvinceTime.dateOf(at), communes, timelinessRules), state.lastSequence(), at);
    }

    /** The directive event stored, or empty for another aggregate's stream (a period, an office): no directive to replay. */
    private Optional<DirectiveEvent> payloadOf(StoredEvent event) {
        Object payload = eventSerializer.deserialize(new SimpleSerializedObject<>(event.payloadJson(), String.class,
                event.payloadType(), event.revision()));
        return payload instanceof DirectiveEvent directiveEvent ? Optional.of(directiveEvent) : Optional.empty();
    }

    // ---------------------------------------------------------------- verification and export

    /** Recomputes the directive's hash chain from the store. */
    public ChainVerification verify(String directiveId, Actor reader) {
        requireAuditReader(reader);
        return verify(directiveId);
    }

    ChainVerification verify(String directiveId) {
        StoredExtent extent = streams.extentOf(directiveId);
        if (extent == null) {
            throw unknown(directiveId);
        }
        return streams.verify(directiveId, extent);
    }

    /** Every event of the directive as stored, with its hash, the last hash and the digest. */
    public HistoryExport export(String directiveId, Actor reader) {
        requireAuditReader(reader);
        List<StoredEvent> stored = streams.readAll(directiveId);
        if (stored.isEmpty()) {
            throw unknown(directiveId);
        }
        List<HistoryExport.Event> events = new ArrayList<>(stored.size());
        for (StoredEvent event : stored) {
            HistoryEntry.EventActor actor = actor(event);
            events.add(new HistoryExport.Event(event.aggregateId(), event.sequence(), event.payloadType(),
                    event.timestamp().toString(), actor.account(), actor.role(), actor.commune(), event.payloadJson(),
                    event.hash()));
        }
        String lastHash = stored.get(stored.size() - 1).hash();
        return new HistoryExport(HistoryExport.FORMAT, directiveId, List.copyOf(events), lastHash,
                AuditDigest.of(directiveId, lastHash));
    }

    // ---------------------------------------------------------------- rules

    static void requireAuditReader(Actor reader) {
        if (reader.role() != Role.AUDITOR && reader.role() != Role.PROVINCE) {
            throw new NotPermittedException("replaying, verifying and exporting a directive's history is for auditors"
                                            + " and the province");
        }
    }

    private static UnknownDirectiveException unknown(String directiveId) {
        return new UnknownDirectiveException("there is no directive " + directiveId);
    }
}
