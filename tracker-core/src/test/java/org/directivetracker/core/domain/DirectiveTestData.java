package org.directivetracker.core.domain;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.GrantExtension;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.command.ReturnCompletion;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Real communes of Cà Mau, one directive, and short factories for its commands and events. */
final class DirectiveTestData {

    static final CommuneCode LANG_TRON = new CommuneCode("31951");
    static final CommuneCode TAN_THANH = new CommuneCode("32025");
    static final CommuneCode NAM_CAN = new CommuneCode("32191");
    static final CommuneCode DAM_DOI = new CommuneCode("32152");
    /** A code of the right shape that is no commune of the province. */
    static final CommuneCode NOT_IN_PROVINCE = new CommuneCode("00001");

    static final CommuneRegistry REGISTRY = Set.of(LANG_TRON, TAN_THANH, NAM_CAN, DAM_DOI)::contains;

    /** Sở Xây dựng and Sở Tài chính; {@link #NOT_A_DEPARTMENT} has the right shape and is none of the province's. */
    static final DepartmentCode SXD = new DepartmentCode("SXD");
    static final DepartmentCode STC = new DepartmentCode("STC");
    static final DepartmentCode NOT_A_DEPARTMENT = new DepartmentCode("SXX");
    static final DepartmentRegistry DEPARTMENTS = Set.of(SXD, STC)::contains;

    /** The categories of the first stage and one added later; {@link #RETIRED_CATEGORY} was configured once, no longer. */
    static final ObstacleCategories CATEGORIES = ObstacleCategories.of(List.of("STAFFING", "EQUIPMENT", "FUNDING",
            "LEGAL_DOCUMENTS", "DATA_SYSTEMS", "OTHER", "POLICY_MECHANISM"));
    static final String RETIRED_CATEGORY = "FLOODING";

    static final String DIRECTIVE = "chi-thi-07-2026";
    static final String TITLE = "Triển khai chuyển đổi số cấp xã năm 2026";
    static final String DESCRIPTION = "Các xã, phường hoàn thành số hóa hồ sơ thủ tục hành chính và báo cáo kết quả về Ủy ban nhân dân tỉnh.";
    static final String REFERENCE = "07/CT-UBND";
    static final String FIELD = "Chuyển đổi số";

    /** 09:00 on 4 May 2026 in Cà Mau. */
    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
    static final LocalDate TODAY = ProvinceTime.dateOf(NOW);
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    static final Actor LEADER = Actor.province("leader");
    static final Actor AUDITOR = Actor.auditor("auditor");

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private DirectiveTestData() {
    }

    static AggregateTestFixture<Directive> fixtureAtNow() {
        AggregateTestFixture<Directive> fixture = new AggregateTestFixture<>(Directive.class);
        fixture.registerInjectableResource(REGISTRY);
        fixture.registerInjectableResource(DEPARTMENTS);
        fixture.registerInjectableResource(CATEGORIES);
        fixture.givenCurrentTime(NOW);
        return fixture;
    }

    static Actor departmentAccount(DepartmentCode department) {
        return Actor.department("dept-" + department.value(), department);
    }

    static Actor chairOf(CommuneCode commune) {
        return Actor.commune("chair-" + commune.value(), commune);
    }

    static String newRequestId() {
        return "req-" + REQUESTS.incrementAndGet();
    }

    static <T> EventMessage<T> withRequestId(T event, String requestId) {
        return GenericEventMessage.<T>asEventMessage(event).withMetaData(MetaData.with(MetadataKeys.REQUEST_ID, requestId));
    }

    // ---- commands

    static IssueDirective issue(CommuneCode... communes) {
        return issue(DEADLINE, communes);
    }

    static IssueDirective issue(LocalDate deadline, CommuneCode... communes) {
        return issueAs(LEADER, newRequestId(), deadline, communes);
    }

    static IssueDirective issueAs(Actor actor, String requestId, LocalDate deadline, CommuneCode... communes) {
        return new IssueDirective(DIRECTIVE, new Title(TITLE), new Description(DESCRIPTION), REFERENCE, FIELD,
                Priority.HIGH, new Deadline(deadline), List.of(communes), actor, requestId);
    }

    static AssignCommunes assign(CommuneCode... communes) {
        return new AssignCommunes(DIRECTIVE, List.of(communes), LEADER, newRequestId());
    }

    static ChangeDeadline changeDeadline(LocalDate deadline, String reason) {
        return new ChangeDeadline(DIRECTIVE, new Deadline(deadline), new Note(reason), LEADER, newRequestId());
    }

    static WithdrawDirective withdraw(String reason) {
        return new WithdrawDirective(DIRECTIVE, new Note(reason), LEADER, newRequestId());
    }

    static CloseDirective close(String noteOrNull) {
        return new CloseDirective(DIRECTIVE, noteOrNull == null ? null : new Note(noteOrNull), LEADER, newRequestId());
    }

    static AcknowledgeDirective acknowledge(CommuneCode commune) {
        return new AcknowledgeDirective(DIRECTIVE, commune, chairOf(commune), newRequestId());
    }

    static ReportProgress reportProgress(CommuneCode commune, int percent, String note) {
        return reportProgressAs(chairOf(commune), commune, percent, note);
    }

    static ReportProgress reportProgressAs(Actor actor, CommuneCode commune, int percent, String note) {
        return new ReportProgress(DIRECTIVE, commune, new Percent(percent), new Note(note), actor, newRequestId());
    }

    static RaiseObstacle raiseObstacle(CommuneCode commune, String obstacleId, String description) {
        return raiseObstacle(commune, obstacleId, "EQUIPMENT", description);
    }

    static RaiseObstacle raiseObstacle(CommuneCode commune, String obstacleId, String category, String description) {
        return new RaiseObstacle(DIRECTIVE, commune, obstacleId, new ObstacleCategory(category),
                new Description(description), chairOf(commune), newRequestId());
    }

    static ResolveObstacle resolveObstacle(Actor actor, CommuneCode commune, String obstacleId, String resolution) {
        return new ResolveObstacle(DIRECTIVE, commune, obstacleId, new Note(resolution), actor, newRequestId());
    }

    static RequestExtension requestExtension(CommuneCode commune, LocalDate proposed, String reason) {
        return new RequestExtension(DIRECTIVE, commune, new Deadline(proposed), new Note(reason), chairOf(commune),
                newRequestId());
    }

    static GrantExtension grantExtension(CommuneCode commune, LocalDate provincesDateOrNull, String noteOrNull) {
        return new GrantExtension(DIRECTIVE, commune,
                provincesDateOrNull == null ? null : new Deadline(provincesDateOrNull),
                noteOrNull == null ? null : new Note(noteOrNull), LEADER, newRequestId());
    }

    static DenyExtension denyExtension(CommuneCode commune, String reason) {
        return new DenyExtension(DIRECTIVE, commune, new Note(reason), LEADER, newRequestId());
    }

    static SubmitCompletion submitCompletion(CommuneCode commune, String summary) {
        return new SubmitCompletion(DIRECTIVE, commune, new Note(summary), chairOf(commune), newRequestId());
    }

    static AcceptCompletion acceptCompletion(CommuneCode commune) {
        return new AcceptCompletion(DIRECTIVE, commune, new Note("Đạt yêu cầu"), LEADER, newRequestId());
    }

    static ReturnCompletion returnCompletion(CommuneCode commune, String reason) {
        return new ReturnCompletion(DIRECTIVE, commune, new Note(reason), LEADER, newRequestId());
    }

    // ---- events

    /** DirectiveIssued and one CommuneAssigned per commune, with the standard deadline. */
    static List<Object> issued(CommuneCode... communes) {
        return issued(DEADLINE, communes);
    }

    static List<Object> issued(LocalDate deadline, CommuneCode... communes) {
        List<Object> events = new ArrayList<>();
        events.add(new DirectiveIssued(DIRECTIVE, TITLE, DESCRIPTION, REFERENCE, FIELD, Priority.HIGH, deadline));
        Arrays.stream(communes).forEach(commune -> events.add(assigned(commune, deadline)));
        return events;
    }

    static CommuneAssigned assigned(CommuneCode commune, LocalDate deadline) {
        return new CommuneAssigned(DIRECTIVE, commune.value(), deadline);
    }

    static DirectiveWithdrawn withdrawn(String reason) {
        return new DirectiveWithdrawn(DIRECTIVE, reason);
    }

    static DirectiveClosed closed(String note, String... openCommunes) {
        return new DirectiveClosed(DIRECTIVE, note, List.of(openCommunes));
    }

    static DirectiveAcknowledged acknowledged(CommuneCode commune) {
        return new DirectiveAcknowledged(DIRECTIVE, commune.value());
    }

    static ProgressReported progressReported(CommuneCode commune, int percent, String note) {
        return new ProgressReported(DIRECTIVE, commune.value(), percent, note);
    }

    static ObstacleRaised obstacleRaised(CommuneCode commune, String obstacleId) {
        return new ObstacleRaised(DIRECTIVE, commune.value(), obstacleId, "EQUIPMENT",
                "Máy chủ xã hỏng, chưa có kinh phí thay thế");
    }

    static ObstacleResolved obstacleResolved(CommuneCode commune, String obstacleId) {
        return new ObstacleResolved(DIRECTIVE, commune.value(), obstacleId, "Tỉnh cấp máy chủ dự phòng");
    }

    static ExtensionRequested extensionRequested(CommuneCode commune, LocalDate proposed) {
        return new ExtensionRequested(DIRECTIVE, commune.value(), DEADLINE, proposed, "Mưa lũ kéo dài");
    }

    static CompletionSubmitted completionSubmitted(CommuneCode commune) {
        return new CompletionSubmitted(DIRECTIVE, commune.value(), "Đã số hóa 100% hồ sơ");
    }

    static CompletionAccepted completionAccepted(CommuneCode commune, Instant submittedAt) {
        return new CompletionAccepted(DIRECTIVE, commune.value(), submittedAt, DEADLINE, "Đạt yêu cầu");
    }
}
