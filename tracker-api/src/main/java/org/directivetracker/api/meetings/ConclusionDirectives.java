package org.directivetracker.api.meetings;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionNoticeIssued.DirectiveToIssue;
import org.directivetracker.core.api.event.ConclusionRecorded.DirectiveTerms;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.Title;
import org.directivetracker.core.domain.DirectiveAlreadyIssuedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the directives a conclusion notice names, each under the id derived from its meeting and conclusion, with
 * the request id derived likewise and the notice's issuer as the actor. Issuing one that exists already changes
 * nothing, so this runs twice without harm: right after the notice, for the answer to show them, and from a tracking
 * processor of its own ({@value #PROCESSOR}), whose token moves past a notice only once all its directives are issued.
 * A process stopped in between leaves the notice to the processor when it starts again.
 */
@ProcessingGroup(ConclusionDirectives.PROCESSOR)
public class ConclusionDirectives {

    public static final String PROCESSOR = "meeting-conclusions";
    private static final Logger log = LoggerFactory.getLogger(ConclusionDirectives.class);

    private final CommandGateway gateway;

    public ConclusionDirectives(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @EventHandler
    public void on(ConclusionNoticeIssued notice, @MetaDataValue(MetadataKeys.ACCOUNT) String account) {
        issue(notice, Actor.province(account == null ? "system" : account));
    }

    /** Issues each directive of the notice that does not exist yet; answers the ids of those that exist afterwards. */
    public List<String> issue(ConclusionNoticeIssued notice, Actor issuer) {
        List<String> issued = new ArrayList<>();
        for (DirectiveToIssue directive : notice.directives()) {
            if (issueOne(notice, directive, issuer)) {
                issued.add(directive.directiveId());
            }
        }
        return issued;
    }

    private boolean issueOne(ConclusionNoticeIssued notice, DirectiveToIssue directive, Actor issuer) {
        String meetingId = notice.meetingId();
        Origin origin = new Origin(meetingId, directive.conclusionId());
        IssueDirective command = commandFor(origin, notice.number(), directive.terms(), issuer);
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(command, Commands.metadataOf(issuer, command.requestId()));
                return true;
            } catch (DirectiveAlreadyIssuedException e) {
                // the aggregate recognises its own origin first, so this id was taken otherwise: never issue under another
                log.error("conclusion {} of meeting {}: directive {} exists and came from elsewhere; not issued",
                        directive.conclusionId(), meetingId, origin.directiveId());
                return false;
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                // the other path issued it at the same moment: the next attempt finds it done
                if (attempt == 3) {
                    throw e;
                }
            } catch (InvalidValueException e) {
                // refused by the directive's rules (a deadline that has passed meanwhile): retrying cannot help
                log.error("conclusion {} of meeting {}: its directive was refused ({}: {}); not issued",
                        directive.conclusionId(), meetingId, e.field(), e.reason());
                return false;
            }
        }
    }

    /** The notice's number is the directive's legal reference. */
    private static IssueDirective commandFor(Origin origin, String noticeNumber, DirectiveTerms terms, Actor issuer) {
        return new IssueDirective(origin.directiveId(), new Title(terms.title()), new Description(terms.description()),
                noticeNumber, null, Priority.NORMAL, new Deadline(terms.deadline()),
                terms.communeCodes().stream().map(CommuneCode::new).toList(), issuer, origin.requestId(), origin);
    }
}
