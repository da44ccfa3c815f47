package org.directivetracker.api.handovers;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.RecordHandover;
import org.directivetracker.core.api.event.HandoverRecorded;
import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A commune's dossier as of an instant, replayed from the stored events: every directive's stream up to that instant
 * (never a snapshot or a view's current state) and the commune office's handovers. The directive states view only
 * says which directives to replay: it lists every directive ever assigned to the commune, and the replay drops those
 * assigned after the instant.
 */
@Service
public class CommuneDossiers {

    private final EventStore eventStore;
    private final ViewQueries views;
    private final CommuneDirectory communes;
    private final TimelinessRules rules;

    public CommuneDossiers(EventStore eventStore, ViewQueries views, CommuneDirectory communes, TimelinessRules rules) {
        this.rules = rules;
        this.eventStore = eventStore;
        this.views = views;
        this.communes = communes;
    }

    public Dossier asOf(String code, Instant asOf, Instant now, Actor reader) {
        ReadAccess.requireMayReadCommune(reader, code);
        if (asOf.isAfter(now)) {
            throw new InvalidValueException("asOf", "must not be in the future: a dossier is read as it stood");
        }
        Commune commune = communes.find(code)
                .orElseThrow(() -> new ViewNotFoundException("there is no commune " + code + " in the province's registry"));
        List<Dossier.Assignment> assignments = new ArrayList<>();
        for (String directiveId : directivesEverAssignedTo(code)) {
            replay(directiveId, code, asOf).ifPresent(assignments::add);
        }
        Dossier dossier = new Dossier(code, commune.name(), asOf, List.copyOf(assignments),
                lastHandover(new CommuneCode(code), asOf).orElse(null), null);
        return dossier.withDigest(DossierDigest.of(dossier));
    }

    /** In directive-id order, so that the same history always gives the same dossier. */
    private TreeSet<String> directivesEverAssignedTo(String code) {
        CommuneStatusView status = views.ask(new FindCommuneStatus(code, null),
                ResponseTypes.instanceOf(CommuneStatusView.class));
        TreeSet<String> ids = new TreeSet<>();
        if (status != null) {
            status.assignments().stream().map(CommuneAssignment::directiveId).forEach(ids::add);
        }
        return ids;
    }

    private Optional<Dossier.Assignment> replay(String directiveId, String code, Instant asOf) {
        AssignmentReplay replay = new AssignmentReplay(directiveId, code);
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(directiveId, 0).asStream().iterator();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break; // a stream is in time order: nothing after this was there yet
            }
            replay.apply(event);
        }
        return replay.assignment(asOf, communes, rules);
    }

    /**
     * The last handover recorded at or before {@code asOf} whose own dossier was read strictly before it: a handover's
     * dossier never lists the handover itself, whenever it is read again.
     */
    Optional<Dossier.LastHandover> lastHandover(CommuneCode commune, Instant asOf) {
        Dossier.LastHandover last = null;
        for (DomainEventMessage<?> event : handovers(commune)) {
            if (event.getPayload() instanceof HandoverRecorded handover && !event.getTimestamp().isAfter(asOf)
                && handover.dossierAsOf().isBefore(asOf)) {
                last = new Dossier.LastHandover(handover.outgoingAccount(), handover.incomingAccount(),
                        handover.note(), event.getTimestamp(), handover.dossierAsOf(), handover.dossierDigest());
            }
        }
        return Optional.ofNullable(last);
    }

    /** The commune office's stream, oldest first; empty before the first handover. */
    List<DomainEventMessage<?>> handovers(CommuneCode commune) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(RecordHandover.officeIdOf(commune), 0).asStream().forEach(events::add);
        return events;
    }
}
