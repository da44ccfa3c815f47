package org.directivetracker.core.domain;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.commandhandling.CommandHandler;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.AnswerObstacle;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.AttachEvidence;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.CommuneCommand;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.EscalateObstacle;
import org.directivetracker.core.api.command.GrantExtension;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.PostMessage;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReferObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.command.ReturnCompletion;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.command.UrgeCommune;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.MessagePosted;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.EvidenceFile;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A directive of the province and its history: the consistency boundary of DESIGN.md. One
 * {@link CommuneAssignment} per assigned commune holds that commune's part.
 * <p>
 * Every command handler reads in the same order: who may do it, whether this request was already applied (then it
 * answers as the first time, with no event), the directive's state, the commune's rules; then it applies the event.
 * Fields change only in {@link EventSourcingHandler}s. "Today" is the province's date of the message clock, never the
 * system clock, so that tests and replays decide as the live system did.
 */
public class Directive {

    @AggregateIdentifier
    private String directiveId;
    private DirectiveLifecycle state;
    /** The directive's current deadline: communes assigned later get it. */
    private LocalDate deadline;
    private LocalDate withdrawnOn;
    private LocalDate closedOn;
    /** The meeting conclusion that issued this directive; null when issued directly. */
    private Origin origin;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, CommuneAssignment> assignments = new LinkedHashMap<>();
    private AppliedRequests appliedRequests = new AppliedRequests();
    private Set<String> attachmentIds = new HashSet<>();

    /** For Axon (CREATE_IF_MISSING, event sourcing) and for snapshots. */
    protected Directive() {
    }

    // ---- the province decides

    /**
     * Issues the directive. A retry with the request id that issued it answers the id again; any other request for an
     * id already issued is refused, so that two issuers cannot silently share an id.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(IssueDirective command, CommuneRegistry registry) {
        requireProvince(command, "issue a directive");
        if (alreadyApplied(command)) {
            return appliedRequests.resultOf(command.requestId());
        }
        if (alreadyIssuedFrom(command.origin())) {
            return directiveId;
        }
        requireNotIssuedYet();
        required("title", command.title());
        required("description", command.description());
        required("deadline", command.deadline());
        requireNotInThePast("deadline", command.deadline().date());
        requireKnownDistinctCommunes(command.communes(), registry);

        MetaData metaData = metaDataOf(command);
        LocalDate issuedDeadline = command.deadline().date();
        apply(new DirectiveIssued(command.directiveId(), command.title().value(), command.description().value(),
                command.reference(), command.field(),
                command.priority() == null ? Priority.NORMAL : command.priority(), issuedDeadline, command.origin()),
                metaData);
        for (CommuneCode commune : command.communes()) {
            apply(new CommuneAssigned(command.directiveId(), commune.value(), issuedDeadline), metaData);
        }
        return command.directiveId();
    }

    /** Assigns more communes, each with the directive's current deadline. */
    @CommandHandler
    public void handle(AssignCommunes command, CommuneRegistry registry) {
        requireProvince(command, "assign communes");
        if (alreadyApplied(command)) {
            return;
        }
        requireActive();
        requireKnownDistinctCommunes(command.communes(), registry);
        command.communes().forEach(this::requireNotAssignedYet);

        MetaData metaData = metaDataOf(command);
        for (CommuneCode commune : command.communes()) {
            apply(new CommuneAssigned(directiveId, commune.value(), deadline), metaData);
        }
    }

    /** Moves the deadline of every commune that has not completed; completed ones keep theirs. */
    @CommandHandler
    public void handle(ChangeDeadline command) {
        requireProvince(command, "change a deadline");
        if (alreadyApplied(command)) {
            return;
        }
        requireActive();
        required("deadline", command.deadline());
        Note reason = required("reason", command.reason());
        requireNotInThePast("deadline", command.deadline().date());

        List<String> notCompleted = communesNotCompleted();
        apply(new DeadlineChanged(directiveId, deadline, command.deadline().date(), reason.value(), notCompleted),
                metaDataOf(command));
    }

    @CommandHandler
    public void handle(WithdrawDirective command) {
        requireProvince(command, "withdraw a directive");
        if (alreadyApplied(command)) {
            return;
        }
        requireActive();
        Note reason = required("reason", command.reason());
        apply(new DirectiveWithdrawn(directiveId, reason.value()), metaDataOf(command));
    }

    /** Closes the directive; communes still open are listed in the event, and the note must say why. */
    @CommandHandler
    public void handle(CloseDirective command) {
        requireProvince(command, "close a directive");
        if (alreadyApplied(command)) {
            return;
        }
        requireActive();
        List<String> open = communesNotCompleted();
        requireNoteWhenCommunesAreOpen(open, command.note());
        apply(new DirectiveClosed(directiveId, command.note() == null ? null : command.note().value(), open),
                metaDataOf(command));
    }

    @CommandHandler
    public void handle(GrantExtension command) {
        requireProvince(command, "grant an extension");
        decideForCommune(command, assignment -> assignment.grantExtension(command.deadline(), command.note()));
    }

    @CommandHandler
    public void handle(DenyExtension command) {
        requireProvince(command, "deny an extension");
        decideForCommune(command, assignment -> assignment.denyExtension(required("reason", command.reason())));
    }

    @CommandHandler
    public void handle(AcceptCompletion command) {
        requireProvince(command, "accept a completion");
        decideForCommune(command, assignment -> assignment.acceptCompletion(command.note()));
    }

    @CommandHandler
    public void handle(ReturnCompletion command) {
        requireProvince(command, "return a completion");
        decideForCommune(command, assignment -> assignment.returnCompletion(required("reason", command.reason())));
    }

    // ---- the communes report

    @CommandHandler
    public void handle(AcknowledgeDirective command) {
        requireTheCommuneItself(command, "acknowledge a directive");
        decideForCommune(command, CommuneAssignment::acknowledge);
    }

    @CommandHandler
    public void handle(ReportProgress command) {
        requireTheCommuneItself(command, "report progress");
        decideForCommune(command,
                assignment -> assignment.reportProgress(required("percent", command.percent()), command.note()));
    }

    /** Raises an obstacle under the id the caller chose; answers that id, also on a retry. */
    @CommandHandler
    public String handle(RaiseObstacle command, ObstacleCategories categories) {
        requireTheCommuneItself(command, "raise an obstacle");
        if (alreadyApplied(command)) {
            return appliedRequests.resultOf(command.requestId());
        }
        requireActive();
        CommuneAssignment assignment = assignmentOf(command);
        String obstacleId = requiredText("obstacleId", command.obstacleId());
        requireNewObstacleId(obstacleId);
        apply(assignment.raiseObstacle(obstacleId,
                requireConfiguredCategory(required("category", command.category()), categories),
                required("description", command.description())), metaDataOf(command));
        return obstacleId;
    }

    /** The province or the commune itself resolves an obstacle. */
    @CommandHandler
    public void handle(ResolveObstacle command) {
        requireProvinceOrTheCommuneItself(command, "resolve an obstacle");
        decideForCommune(command, assignment -> assignment.resolveObstacle(
                requiredText("obstacleId", command.obstacleId()), required("resolution", command.resolution())));
    }

    @CommandHandler
    public void handle(RequestExtension command) {
        requireTheCommuneItself(command, "request an extension");
        decideForCommune(command, assignment -> assignment.requestExtension(
                required("proposedDeadline", command.proposedDeadline()), required("reason", command.reason())));
    }

    @CommandHandler
    public void handle(SubmitCompletion command) {
        requireTheCommuneItself(command, "submit a completion");
        decideForCommune(command, assignment -> assignment.submitCompletion(required("summary", command.summary())));
    }

    // ---- the thread between the province and a commune

    /** Either side writes into one commune's thread; the event says which side wrote. Answers the message's sequence, also on a retry. */
    @CommandHandler
    public String handle(PostMessage command) {
        requireProvinceOrTheCommuneItself(command, "post a message");
        boolean fromProvince = command.actor().role() == Role.PROVINCE;
        decideForCommune(command, assignment -> assignment.postMessage(required("text", command.text()), fromProvince));
        return appliedRequests.resultOf(command.requestId());
    }

    @CommandHandler
    public void handle(UrgeCommune command) {
        requireProvince(command, "urge a commune");
        decideForCommune(command, assignment -> assignment.urge(required("note", command.note())));
    }

    // ---- obstacles go to the province's departments, and come back

    /** The province refers an open obstacle to a department, with a date to answer by; re-referring is allowed. */
    @CommandHandler
    public void handle(ReferObstacle command, DepartmentRegistry departments) {
        requireProvince(command, "refer an obstacle to a department");
        decideForCommune(command, assignment -> assignment.referObstacle(
                requiredText("obstacleId", command.obstacleId()),
                requireKnownDepartment(required("department", command.department()), departments),
                requireNotInThePast("answerBy", required("answerBy", command.answerBy())), command.note()));
    }

    /** Only the department the obstacle is referred to answers it. */
    @CommandHandler
    public void handle(AnswerObstacle command) {
        requireDepartment(command, "answer an obstacle");
        decideForCommune(command, assignment -> assignment.answerObstacle(
                requiredText("obstacleId", command.obstacleId()), command.actor(), required("answer", command.answer())));
    }

    /** The commune escalates an answered obstacle that the answer did not remove. */
    @CommandHandler
    public void handle(EscalateObstacle command) {
        requireTheCommuneItself(command, "escalate an obstacle");
        decideForCommune(command, assignment -> assignment.escalateObstacle(
                requiredText("obstacleId", command.obstacleId()), required("reason", command.reason())));
    }

    private static ObstacleCategory requireConfiguredCategory(ObstacleCategory category, ObstacleCategories categories) {
        if (!categories.isKnown(category)) {
            throw new InvalidValueException("category", category + " is not one of the province's obstacle categories: "
                    + String.join(", ", categories.codes()));
        }
        return category;
    }

    private static DepartmentCode requireKnownDepartment(DepartmentCode department, DepartmentRegistry departments) {
        if (!departments.isKnown(department)) {
            throw new InvalidValueException("department", department + " is not a department of the province");
        }
        return department;
    }

    private static void requireDepartment(DirectiveCommand command, String action) {
        Actor actor = requireActor(command);
        if (actor.role() != Role.DEPARTMENT) {
            throw new NotPermittedException("only a department's account may " + action + "; account '"
                    + actor.account() + "' has role " + actor.role());
        }
    }

    // ---- evidence: files stored by their SHA-256 before the event names them

    /**
     * Attaches a stored file: a commune to its own assignment, the province to the directive itself. Answers the
     * attachment id, also on a retry.
     */
    @CommandHandler
    public String handle(AttachEvidence command) {
        requireMayAttachEvidence(command);
        if (alreadyApplied(command)) {
            return appliedRequests.resultOf(command.requestId());
        }
        requireActive();
        if (command.commune() != null) {
            requireAssigned(command.commune());
        }
        String attachmentId = requiredText("attachmentId", command.attachmentId());
        requireNewAttachmentId(attachmentId);
        EvidenceFile file = required("file", command.file());
        apply(new EvidenceAttached(directiveId, command.commune() == null ? null : command.commune().value(),
                attachmentId, file.name(), file.contentType(), file.size(), file.sha256(),
                command.caption() == null ? null : command.caption().value()), metaDataOf(command));
        return attachmentId;
    }

    private static void requireMayAttachEvidence(AttachEvidence command) {
        Actor actor = requireActor(command);
        if (command.commune() == null) {
            requireProvince(command, "attach evidence to the directive itself");
        } else if (actor.role() != Role.COMMUNE) {
            throw new NotPermittedException("only the commune's own account may attach evidence to its assignment;"
                    + " account '" + actor.account() + "' has role " + actor.role());
        } else {
            requireOwnCommune(actor, command.commune(), "attach evidence");
        }
    }

    private void requireAssigned(CommuneCode commune) {
        if (!assignments.containsKey(commune.value())) {
            throw new CommuneNotAssignedException(directiveId, commune.value());
        }
    }

    private void requireNewAttachmentId(String attachmentId) {
        if (attachmentIds.contains(attachmentId)) {
            throw new AttachmentAlreadyRecordedException(attachmentId);
        }
    }

    @EventSourcingHandler
    void on(EvidenceAttached event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        attachmentIds.add(event.attachmentId());
        appliedRequests.remember(requestId, event.attachmentId());
    }

    // ---- who may act

    private static void requireProvince(DirectiveCommand command, String action) {
        Actor actor = requireActor(command);
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account may " + action + "; account '"
                    + actor.account() + "' has role " + actor.role());
        }
    }

    private static void requireTheCommuneItself(CommuneCommand command, String action) {
        Actor actor = requireActor(command);
        CommuneCode commune = required("commune", command.commune());
        if (actor.role() != Role.COMMUNE) {
            throw new NotPermittedException("only the commune's own account may " + action + "; account '"
                    + actor.account() + "' has role " + actor.role());
        }
        requireOwnCommune(actor, commune, action);
    }

    private static void requireProvinceOrTheCommuneItself(CommuneCommand command, String action) {
        Actor actor = requireActor(command);
        CommuneCode commune = required("commune", command.commune());
        if (actor.role() == Role.AUDITOR) {
            throw new NotPermittedException("an auditor reads and never writes; account '" + actor.account()
                    + "' may not " + action);
        }
        if (actor.role() == Role.DEPARTMENT) {
            throw new NotPermittedException("a department answers and never decides for the province; account '"
                    + actor.account() + "' may not " + action);
        }
        if (actor.role() == Role.COMMUNE) {
            requireOwnCommune(actor, commune, action);
        }
    }

    private static void requireOwnCommune(Actor actor, CommuneCode commune, String action) {
        if (!actor.actsFor(commune)) {
            throw new NotPermittedException("account '" + actor.account() + "' acts for commune " + actor.commune()
                    + " and may not " + action + " for commune " + commune);
        }
    }

    private static Actor requireActor(DirectiveCommand command) {
        if (command.actor() == null) {
            throw new NotPermittedException("a write needs an authenticated account");
        }
        return command.actor();
    }

    // ---- idempotency

    private boolean alreadyApplied(DirectiveCommand command) {
        requiredText("requestId", command.requestId());
        return appliedRequests.contains(command.requestId());
    }

    private static MetaData metaDataOf(DirectiveCommand command) {
        return MetaData.with(MetadataKeys.REQUEST_ID, command.requestId());
    }

    // ---- the steps every write about one commune shares, once "who may do it" is settled

    /**
     * A retry adds nothing and answers as the first time; otherwise the directive must be active, and the commune's
     * assignment decides on the event that is applied.
     */
    private void decideForCommune(CommuneCommand command, Function<CommuneAssignment, CommuneEvent> decision) {
        if (alreadyApplied(command)) {
            return;
        }
        requireActive();
        apply(decision.apply(assignmentOf(command)), metaDataOf(command));
    }

    // ---- the directive's rules

    /**
     * The conclusion that issued this directive asks again (a retry that outlived the memory of request ids): that is
     * the same directive, already issued.
     */
    private boolean alreadyIssuedFrom(Origin requested) {
        return state != null && requested != null && requested.equals(origin);
    }

    private void requireNotIssuedYet() {
        if (state != null) {
            throw new DirectiveAlreadyIssuedException(directiveId);
        }
    }

    /** Lifecycle first: a withdrawn or closed directive accepts nothing, whatever else the command says. */
    private void requireActive() {
        if (state == DirectiveLifecycle.WITHDRAWN) {
            throw new DirectiveWithdrawnException(withdrawnOn);
        }
        if (state == DirectiveLifecycle.CLOSED) {
            throw new DirectiveClosedException(closedOn);
        }
    }

    private static LocalDate requireNotInThePast(String field, LocalDate date) {
        LocalDate today = today();
        if (date.isBefore(today)) {
            throw new InvalidValueException(field, "must not be in the past: " + date + " is before today, " + today);
        }
        return date;
    }

    private static void requireKnownDistinctCommunes(List<CommuneCode> communes, CommuneRegistry registry) {
        if (communes == null || communes.isEmpty()) {
            throw new InvalidValueException("communes", "name at least one commune");
        }
        Set<CommuneCode> seen = new HashSet<>();
        for (CommuneCode commune : communes) {
            required("communes", commune);
            if (!seen.add(commune)) {
                throw new InvalidValueException("communes", "commune " + commune + " is listed more than once");
            }
            if (!registry.isKnown(commune)) {
                throw new InvalidValueException("communes", commune + " is not a commune of the province");
            }
        }
    }

    private void requireNotAssignedYet(CommuneCode commune) {
        if (assignments.containsKey(commune.value())) {
            throw new CommuneAlreadyAssignedException(commune.value());
        }
    }

    private CommuneAssignment assignmentOf(CommuneCommand command) {
        CommuneCode commune = required("commune", command.commune());
        CommuneAssignment assignment = assignments.get(commune.value());
        if (assignment == null) {
            throw new CommuneNotAssignedException(directiveId, commune.value());
        }
        return assignment;
    }

    private void requireNewObstacleId(String obstacleId) {
        if (assignments.values().stream().anyMatch(assignment -> assignment.hasObstacle(obstacleId))) {
            throw new ObstacleAlreadyRaisedException(obstacleId);
        }
    }

    private static void requireNoteWhenCommunesAreOpen(List<String> openCommunes, Note note) {
        if (!openCommunes.isEmpty() && note == null) {
            throw new DirectiveHasOpenCommunesException(openCommunes);
        }
    }

    private List<String> communesNotCompleted() {
        return assignments.values().stream()
                .filter(assignment -> !assignment.hasCompleted())
                .map(CommuneAssignment::communeCode)
                .toList();
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

    private static LocalDate today() {
        return ProvinceTime.dateOf(GenericEventMessage.clock.instant());
    }

    // ---- state changes, from events only. Axon calls one handler of this class per event, the most specific, so
    // each one remembers the event's request id itself.

    @EventSourcingHandler
    void on(DirectiveIssued event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        directiveId = event.directiveId();
        state = DirectiveLifecycle.ACTIVE;
        deadline = event.deadline();
        origin = event.origin();
        appliedRequests.remember(requestId, event.directiveId());
    }

    @EventSourcingHandler
    void on(CommuneAssigned event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        assignments.put(event.communeCode(), new CommuneAssignment(event));
        appliedRequests.remember(requestId, null);
    }

    @EventSourcingHandler
    void on(DeadlineChanged event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        deadline = event.deadline();
        event.communeCodes().forEach(code -> assignments.get(code).moveDeadlineTo(event.deadline()));
        appliedRequests.remember(requestId, null);
    }

    @EventSourcingHandler
    void on(DirectiveWithdrawn event, @Timestamp Instant withdrawnAt,
            @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        state = DirectiveLifecycle.WITHDRAWN;
        withdrawnOn = ProvinceTime.dateOf(withdrawnAt);
        appliedRequests.remember(requestId, null);
    }

    @EventSourcingHandler
    void on(DirectiveClosed event, @Timestamp Instant closedAt,
            @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        state = DirectiveLifecycle.CLOSED;
        closedOn = ProvinceTime.dateOf(closedAt);
        appliedRequests.remember(requestId, null);
    }

    /** The assignment records the obstacle; the directive remembers its id as the answer to the request. */
    @EventSourcingHandler
    void on(ObstacleRaised event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        appliedRequests.remember(requestId, event.obstacleId());
    }

    /** A message's answer is its place in the directive's history. */
    @EventSourcingHandler
    void on(MessagePosted event, @SequenceNumber long sequence, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        appliedRequests.remember(requestId, String.valueOf(sequence));
    }

    /** Every other commune event: the assignment changes, the directive remembers the request. */
    @EventSourcingHandler
    void on(CommuneEvent event, @MetaDataValue(MetadataKeys.REQUEST_ID) String requestId) {
        appliedRequests.remember(requestId, null);
    }
}
