package org.directivetracker.core.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.ClosePeriod;
import org.directivetracker.core.api.event.PeriodClosed;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.PeriodFigure;
import org.directivetracker.core.api.value.ProvinceTime;

/**
 * A reporting period, in its own stream: closed once, after its cut-off, with its figures frozen in the event that
 * closes it. A retry of the request that closed it answers the same digest and adds nothing.
 */
public class Period {

    @AggregateIdentifier
    private String periodId;
    private String closedBy;
    private String digest;

    /** For Axon (CREATE_IF_MISSING, event sourcing). */
    protected Period() {
    }

    /** Closes the period; answers the digest of the frozen figures. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(ClosePeriod command) {
        requireProvince(command.actor());
        if (digest != null && command.requestId() != null && command.requestId().equals(closedBy)) {
            return digest;
        }
        requireNotClosedYet(command.period());
        requireFigures(command);
        requireCutOffPassed(command.period(), command.to());
        apply(new PeriodClosed(command.periodId(), command.period(), command.from(), command.to(), command.figures(),
                PeriodFigure.digestOf(command.figures())));
        return digest;
    }

    private static void requireProvince(Actor actor) {
        if (actor == null || actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account may close a reporting period");
        }
    }

    private void requireNotClosedYet(String period) {
        if (digest != null) {
            throw new PeriodAlreadyClosedException(period);
        }
    }

    private static void requireFigures(ClosePeriod command) {
        if (command.from() == null || command.to() == null || command.to().isBefore(command.from())) {
            throw new InvalidValueException("period", "needs a first and a last day, in that order");
        }
        if (command.figures() == null) {
            throw new InvalidValueException("figures", "are required");
        }
    }

    private static void requireCutOffPassed(String period, LocalDate cutOff) {
        LocalDate today = ProvinceTime.dateOf(GenericEventMessage.clock.instant());
        if (!today.isAfter(cutOff)) {
            throw new PeriodNotEndedException(period, cutOff);
        }
    }

    @EventSourcingHandler
    void on(PeriodClosed event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        periodId = event.periodId();
        digest = event.digest();
        closedBy = requestId;
    }
}
