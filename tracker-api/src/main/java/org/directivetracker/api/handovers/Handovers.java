package org.directivetracker.api.handovers;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.pages.ProjectionCatchUp;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.RecordHandover;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.domain.NotPermittedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handovers of a commune from one official to the next: the one door for REST and pages. The commune's dossier is
 * read as of now and its digest goes into {@code HandoverRecorded}, so that what was handed over can be shown later.
 */
@Service
public class Handovers {

    private static final int MAX_ACCOUNT_LENGTH = 100;

    private final CommuneDossiers dossiers;
    private final CommandGateway gateway;
    private final ProjectionCatchUp catchUp;
    private final Clock clock;

    public Handovers(CommuneDossiers dossiers, CommandGateway gateway, ProjectionCatchUp catchUp,
                     ObjectProvider<Clock> clock) {
        this.dossiers = dossiers;
        this.gateway = gateway;
        this.catchUp = catchUp;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public HandoverAnswer record(String code, HandoverRequest body, Actor actor, RequestId requestId) {
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account may record a handover");
        }
        CommuneCode commune = new CommuneCode(code);
        List<FieldError> errors = new ArrayList<>();
        String from = account("from", body == null ? null : body.from(), errors);
        String to = account("to", body == null ? null : body.to(), errors);
        Note note = note(body == null ? null : body.note(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        // the views name the directives to replay: they must have seen every event stored so far
        catchUp.awaitViews();
        Instant asOf = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Dossier dossier = dossiers.asOf(code, asOf, asOf, actor);
        gateway.sendAndWait(RecordHandover.of(commune, from, to, note, asOf, dossier.digest(), actor, requestId.value()),
                Commands.metadataOf(actor, requestId.value()));
        return new HandoverAnswer(code, dossier.digest(), asOf, "/api/communes/" + code + "/dossier?asOf=" + asOf);
    }

    /** The last handover to {@code account} in the commune, for the incoming official's first page. */
    public Optional<Dossier.LastHandover> lastTakenOverBy(String code, String account) {
        return dossiers.lastHandover(new CommuneCode(code), Instant.MAX)
                .filter(handover -> handover.to().equals(account));
    }

    public Instant now() {
        return clock.instant();
    }

    private static String account(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "name the official's account"));
            return null;
        }
        if (value.strip().length() > MAX_ACCOUNT_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_ACCOUNT_LENGTH + " characters"));
            return null;
        }
        return value.strip();
    }

    private static Note note(String value, List<FieldError> errors) {
        try {
            return new Note(value);
        } catch (InvalidValueException e) {
            errors.add(new FieldError("note", e.reason()));
            return null;
        }
    }
}
