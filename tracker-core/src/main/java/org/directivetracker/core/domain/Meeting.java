package org.directivetracker.core.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.IssueConclusionNotice;
import org.directivetracker.core.api.command.MeetingCommand;
import org.directivetracker.core.api.command.RecordAttendance;
import org.directivetracker.core.api.command.RecordConclusion;
import org.directivetracker.core.api.command.ScheduleMeeting;
import org.directivetracker.core.api.event.AttendanceRecorded;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionNoticeIssued.DirectiveToIssue;
import org.directivetracker.core.api.event.ConclusionRecorded;
import org.directivetracker.core.api.event.ConclusionRecorded.DirectiveTerms;
import org.directivetracker.core.api.event.MeetingScheduled;
import org.directivetracker.core.api.status.MeetingStage;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.NewDirective;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Texts;

/**
 * An online meeting of the province with its communes, in its own stream: scheduled, attended, concluded, and closed
 * by its conclusion notice. The notice names the directives its conclusions ask for under ids derived from meeting and
 * conclusion ({@link Origin}); they are issued after it, by whoever reads the notice, and never twice.
 * <p>
 * Handlers read as a directive's do: who may do it, whether this request was already applied, the meeting's stage,
 * the rule; then the event. "Today" is the province's date of the message clock.
 */
public class Meeting {

    static final int MAX_REPRESENTATIVE_LENGTH = 200;

    @AggregateIdentifier
    private String meetingId;
    private MeetingStage stage;
    private Set<String> invited = new LinkedHashSet<>();
    private Map<String, ConclusionRecorded> conclusions = new LinkedHashMap<>();
    private ConclusionNoticeIssued notice;
    private AppliedRequests appliedRequests = new AppliedRequests();

    /** For Axon (CREATE_IF_MISSING, event sourcing). */
    protected Meeting() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(ScheduleMeeting command, CommuneRegistry registry) {
        requireProvince(command, "schedule a meeting");
        if (alreadyApplied(command)) {
            return meetingId;
        }
        requireNotScheduledYet(command.meetingId());
        required("title", command.title());
        Instant startsAt = required("startsAt", command.startsAt());
        List<CommuneCode> communes = requireKnownDistinctCommunes("communes", command.communes(), registry);
        apply(new MeetingScheduled(command.meetingId(), command.title().value(), startsAt,
                communes.stream().map(CommuneCode::value).toList()), metaDataOf(command));
        return command.meetingId();
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        requireProvince(command, "record attendance");
        if (alreadyApplied(command)) {
            return;
        }
        requireRecordOpen();
        CommuneCode commune = required("commune", command.commune());
        requireInvited(commune);
        String representative = optionalText("representative", command.representative(), MAX_REPRESENTATIVE_LENGTH);
        apply(new AttendanceRecorded(meetingId, commune.value(), command.present(), representative), metaDataOf(command));
    }

    /** Records a conclusion under the id the caller chose; answers that id, also on a retry. */
    @CommandHandler
    public String handle(RecordConclusion command, CommuneRegistry registry) {
        requireProvince(command, "record a conclusion");
        if (alreadyApplied(command)) {
            return appliedRequests.resultOf(command.requestId());
        }
        requireRecordOpen();
        String conclusionId = requiredText("conclusionId", command.conclusionId());
        requireNewConclusion(conclusionId);
        required("text", command.text());
        if (command.commune() != null) {
            requireInvited(command.commune());
        }
        requireObstacleNamedWithItsAssignment(command);
        DirectiveTerms terms = command.newDirective() == null ? null : termsOf(command.newDirective(), registry);
        apply(new ConclusionRecorded(meetingId, conclusionId, command.text().value(),
                blankToNull(command.directiveId()), command.commune() == null ? null : command.commune().value(),
                blankToNull(command.obstacleId()), terms), metaDataOf(command));
        return conclusionId;
    }

    /**
     * Issues the notice once, naming the directive each conclusion asks for under its derived id; answers the notice,
     * also on a retry of the request that issued it.
     */
    @CommandHandler
    public ConclusionNoticeIssued handle(IssueConclusionNotice command) {
        requireProvince(command, "issue a conclusion notice");
        if (alreadyApplied(command)) {
            return notice;
        }
        requireRecordOpen();
        required("number", command.number());
        requireSomethingConcluded();
        List<DirectiveToIssue> directives = new ArrayList<>();
        for (ConclusionRecorded conclusion : conclusions.values()) {
            if (conclusion.newDirective() != null) {
                requireDeadlineNotPassed(conclusion);
                Origin origin = new Origin(meetingId, conclusion.conclusionId());
                directives.add(new DirectiveToIssue(conclusion.conclusionId(), origin.directiveId(), conclusion.newDirective()));
            }
        }
        apply(new ConclusionNoticeIssued(meetingId, command.number().value(), directives), metaDataOf(command));
        return notice;
    }

    // ---- who may do it

    private static void requireProvince(MeetingCommand command, String action) {
        Actor actor = command.actor();
        if (actor == null) {
            throw new NotPermittedException("a write needs an authenticated account");
        }
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account may " + action + "; account '"
                    + actor.account() + "' may not");
        }
    }

    // ---- the meeting's rules

    private void requireNotScheduledYet(String id) {
        if (stage != null) {
            throw new MeetingAlreadyScheduledException(id);
        }
    }

    /** The notice closes the meeting's record: nothing is added to it afterwards. */
    private void requireRecordOpen() {
        if (stage == MeetingStage.CONCLUDED) {
            throw new NoticeAlreadyIssuedException(meetingId, notice.number());
        }
    }

    private void requireInvited(CommuneCode commune) {
        if (!invited.contains(commune.value())) {
            throw new CommuneNotInvitedException(meetingId, commune.value());
        }
    }

    private void requireNewConclusion(String conclusionId) {
        if (conclusions.containsKey(conclusionId)) {
            throw new ConclusionAlreadyRecordedException(conclusionId);
        }
    }

    /** An obstacle is found through its directive and commune: a conclusion about one names both. */
    private static void requireObstacleNamedWithItsAssignment(RecordConclusion command) {
        if (blankToNull(command.obstacleId()) != null
                && (blankToNull(command.directiveId()) == null || command.commune() == null)) {
            throw new InvalidValueException("obstacleId", "names an obstacle only together with its directive and commune");
        }
    }

    private void requireSomethingConcluded() {
        if (conclusions.isEmpty()) {
            throw new NothingConcludedException(meetingId);
        }
    }

    private static void requireDeadlineNotPassed(ConclusionRecorded conclusion) {
        LocalDate today = today();
        if (conclusion.newDirective().deadline().isBefore(today)) {
            throw new ConclusionDeadlinePassedException(conclusion.conclusionId(), conclusion.newDirective().deadline(), today);
        }
    }

    /** A conclusion's new directive must be one that could be issued today, by the rules of IssueDirective. */
    private static DirectiveTerms termsOf(NewDirective directive, CommuneRegistry registry) {
        required("newDirective.title", directive.title());
        required("newDirective.description", directive.description());
        LocalDate deadline = required("newDirective.deadline", directive.deadline()).date();
        if (deadline.isBefore(today())) {
            throw new InvalidValueException("newDirective.deadline",
                    "must not be in the past: " + deadline + " is before today, " + today());
        }
        List<CommuneCode> communes = requireKnownDistinctCommunes("newDirective.communes", directive.communes(), registry);
        return new DirectiveTerms(directive.title().value(), directive.description().value(), deadline,
                communes.stream().map(CommuneCode::value).toList());
    }

    private static List<CommuneCode> requireKnownDistinctCommunes(String field, List<CommuneCode> communes,
                                                                  CommuneRegistry registry) {
        if (communes == null || communes.isEmpty()) {
            throw new InvalidValueException(field, "name at least one commune");
        }
        Set<CommuneCode> seen = new HashSet<>();
        for (CommuneCode commune : communes) {
            required(field, commune);
            if (!seen.add(commune)) {
                throw new InvalidValueException(field, "commune " + commune + " is listed more than once");
            }
            if (!registry.isKnown(commune)) {
                throw new InvalidValueException(field, commune + " is not a commune of the province");
            }
        }
        return communes;
    }

    // ---- small checks and idempotency

    private boolean alreadyApplied(MeetingCommand command) {
        requiredText("requestId", command.requestId());
        return appliedRequests.contains(command.requestId());
    }

    private static MetaData metaDataOf(MeetingCommand command) {
        return MetaData.with(MetadataKeys.REQUEST_ID, command.requestId());
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static String optionalText(String field, String value, int maxLength) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        Texts.requirePlainCharacters(field, text);
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate today() {
        return ProvinceTime.dateOf(GenericEventMessage.clock.instant());
    }

    // ---- state changes, from events only

    @EventSourcingHandler
    void on(MeetingScheduled event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        meetingId = event.meetingId();
        stage = MeetingStage.SCHEDULED;
        invited = new LinkedHashSet<>(event.communeCodes());
        appliedRequests.remember(requestId, event.meetingId());
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        appliedRequests.remember(requestId, null);
    }

    @EventSourcingHandler
    void on(ConclusionRecorded event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        conclusions.put(event.conclusionId(), event);
        appliedRequests.remember(requestId, event.conclusionId());
    }

    @EventSourcingHandler
    void on(ConclusionNoticeIssued event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        stage = MeetingStage.CONCLUDED;
        notice = event;
        appliedRequests.remember(requestId, event.number());
    }
}
