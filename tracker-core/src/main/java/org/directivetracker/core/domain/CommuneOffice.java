package org.directivetracker.core.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.RecordHandover;
import org.directivetracker.core.api.event.HandoverRecorded;
import org.directivetracker.core.api.value.InvalidValueException;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The office of one commune: who is in charge of it, as handed over from official to official. A handover concerns
 * every directive the commune ever received, so it lives in a stream of its own (one per commune) rather than in any
 * directive's; the commune's handovers are then one short history that an auditor replays and verifies like a
 * directive's.
 */
public class CommuneOffice {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String officeId;
    /** The account that took over at the last handover; null before the first. */
    private String officialInCharge;
    private AppliedRequests appliedRequests = new AppliedRequests();

    /** For Axon. */
    protected CommuneOffice() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordHandover command) {
        requireProvince(command.actor());
        requiredText("requestId", command.requestId());
        if (appliedRequests.contains(command.requestId())) {
            return;
        }
        if (command.commune() == null) {
            throw new InvalidValueException("commune", "is required");
        }
        String outgoing = requiredText("from", command.outgoingAccount());
        String incoming = requiredText("to", command.incomingAccount());
        requireSomeoneElseTakesOver(outgoing, incoming);
        requireOutgoingIsTheOfficialInCharge(outgoing);
        if (command.note() == null) {
            throw new InvalidValueException("note", "is required");
        }
        requireDossierDigest(command);
        apply(new HandoverRecorded(RecordHandover.officeIdOf(command.commune()), command.commune().value(), outgoing,
                        incoming, command.note().value(), command.dossierAsOf(), command.dossierDigest()),
                MetaData.with(MetadataKeys.REQUEST_ID, command.requestId()));
    }

    private static void requireProvince(Actor actor) {
        if (actor == null) {
            throw new NotPermittedException("a write needs an authenticated account");
        }
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account may record a handover; account '"
                    + actor.account() + "' has role " + actor.role());
        }
    }

    private static void requireSomeoneElseTakesOver(String outgoing, String incoming) {
        if (outgoing.equals(incoming)) {
            throw new InvalidValueException("to", "the incoming official must be another account than the outgoing one");
        }
    }

    /** After a first handover, only the official who took over last can hand over next. */
    private void requireOutgoingIsTheOfficialInCharge(String outgoing) {
        if (officialInCharge != null && !officialInCharge.equals(outgoing)) {
            throw new HandoverFromWrongOfficialException(officialInCharge, outgoing);
        }
    }

    private static void requireDossierDigest(RecordHandover command) {
        if (command.dossierAsOf() == null) {
            throw new InvalidValueException("dossierAsOf", "is required");
        }
        if (command.dossierDigest() == null || !SHA_256.matcher(command.dossierDigest()).matches()) {
            throw new InvalidValueException("dossierDigest", "a SHA-256 digest has 64 lowercase hex digits");
        }
    }

    private static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return value.strip();
    }

    @EventSourcingHandler
    void on(HandoverRecorded event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        officeId = event.officeId();
        officialInCharge = event.incomingAccount();
        appliedRequests.remember(requestId, null);
    }
}
