package org.directivetracker.core.domain;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.TestExecutor;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.AnswerObstacle;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.AttachEvidence;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.EscalateObstacle;
import org.directivetracker.core.api.command.GrantExtension;
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
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.EvidenceFile;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.directivetracker.core.domain.DirectiveTestData.*;

/** Who may write what: the province decides, a commune reports for itself, an auditor never writes. */
class RolesTest {

    private static final Note NOTE = new Note("Ghi chú");
    private static final Deadline LATER = new Deadline(LocalDate.of(2026, 7, 31));

    /** Every write but IssueDirective (see IssueDirectiveTest), in the words of the given actor, on Láng Tròn. */
    private static List<Function<Actor, DirectiveCommand>> everyWrite() {
        return List.of(
                actor -> new AssignCommunes(DIRECTIVE, List.of(NAM_CAN), actor, newRequestId()),
                actor -> new ChangeDeadline(DIRECTIVE, LATER, NOTE, actor, newRequestId()),
                actor -> new WithdrawDirective(DIRECTIVE, NOTE, actor, newRequestId()),
                actor -> new CloseDirective(DIRECTIVE, NOTE, actor, newRequestId()),
                actor -> new AcknowledgeDirective(DIRECTIVE, LANG_TRON, actor, newRequestId()),
                actor -> new ReportProgress(DIRECTIVE, LANG_TRON, new Percent(50), NOTE, actor, newRequestId()),
                actor -> new RaiseObstacle(DIRECTIVE, LANG_TRON, "vm-2", new ObstacleCategory("FUNDING"),
                        new Description("Thiếu kinh phí"), actor, newRequestId()),
                actor -> new ResolveObstacle(DIRECTIVE, LANG_TRON, "vm-1", NOTE, actor, newRequestId()),
                actor -> new RequestExtension(DIRECTIVE, LANG_TRON, LATER, NOTE, actor, newRequestId()),
                actor -> new GrantExtension(DIRECTIVE, LANG_TRON, null, null, actor, newRequestId()),
                actor -> new DenyExtension(DIRECTIVE, LANG_TRON, NOTE, actor, newRequestId()),
                actor -> new SubmitCompletion(DIRECTIVE, LANG_TRON, NOTE, actor, newRequestId()),
                actor -> new AcceptCompletion(DIRECTIVE, LANG_TRON, null, actor, newRequestId()),
                actor -> new ReturnCompletion(DIRECTIVE, LANG_TRON, NOTE, actor, newRequestId()),
                actor -> new PostMessage(DIRECTIVE, LANG_TRON, NOTE, actor, newRequestId()),
                actor -> new UrgeCommune(DIRECTIVE, LANG_TRON, NOTE, actor, newRequestId()),
                actor -> new ReferObstacle(DIRECTIVE, LANG_TRON, "vm-1", SXD, LATER.date(), NOTE, actor, newRequestId()),
                actor -> new AnswerObstacle(DIRECTIVE, LANG_TRON, REFERRED_TO_SXD, NOTE, actor, newRequestId()),
                actor -> new EscalateObstacle(DIRECTIVE, LANG_TRON, ANSWERED_BY_SXD, NOTE, actor, newRequestId()),
                // the directive's own document; a commune's evidence on its assignment is in EvidenceTest
                actor -> new AttachEvidence(DIRECTIVE, null, "cong-van-ky", new EvidenceFile("cong-van.pdf",
                        "application/pdf", 1024, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        null, actor, newRequestId()));
    }

    private static final List<Class<?>> PROVINCE_ONLY = List.of(AssignCommunes.class, ChangeDeadline.class,
            WithdrawDirective.class, CloseDirective.class, GrantExtension.class, DenyExtension.class,
            AcceptCompletion.class, ReturnCompletion.class, UrgeCommune.class, ReferObstacle.class,
            AttachEvidence.class);
    private static final List<Class<?>> DEPARTMENT_ONLY = List.of(AnswerObstacle.class);
    private static final String REFERRED_TO_SXD = "vm-3";
    private static final String ANSWERED_BY_SXD = "vm-4";

    static Stream<Function<Actor, DirectiveCommand>> writes() {
        return everyWrite().stream();
    }

    static Stream<Function<Actor, DirectiveCommand>> provinceOnlyWrites() {
        return everyWrite().stream().filter(write -> PROVINCE_ONLY.contains(write.apply(LEADER).getClass()));
    }

    static Stream<Function<Actor, DirectiveCommand>> communeWrites() {
        return everyWrite().stream().filter(write -> !PROVINCE_ONLY.contains(write.apply(LEADER).getClass())
                && !DEPARTMENT_ONLY.contains(write.apply(LEADER).getClass()));
    }

    static Stream<Function<Actor, DirectiveCommand>> departmentOnlyWrites() {
        return everyWrite().stream().filter(write -> DEPARTMENT_ONLY.contains(write.apply(LEADER).getClass()));
    }

    /** Obstacle vm-1 just raised, vm-3 referred to Sở Xây dựng, vm-4 answered by it. */
    private static TestExecutor<Directive> issuedToLangTronWithAnObstacle() {
        return fixtureAtNow().given(issued(LANG_TRON)).andGiven(obstacleRaised(LANG_TRON, "vm-1"),
                obstacleRaised(LANG_TRON, REFERRED_TO_SXD), referredToSxd(REFERRED_TO_SXD),
                obstacleRaised(LANG_TRON, ANSWERED_BY_SXD), referredToSxd(ANSWERED_BY_SXD),
                new ObstacleAnswered(DIRECTIVE, "31951", ANSWERED_BY_SXD, "SXD", "Đã hướng dẫn"));
    }

    private static ObstacleReferred referredToSxd(String obstacleId) {
        return new ObstacleReferred(DIRECTIVE, "31951", obstacleId, "SXD", LATER.date(), null, null);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void cannotWriteAnythingButAnAnswerAsADepartment(Function<Actor, DirectiveCommand> write) {
        DirectiveCommand command = write.apply(departmentAccount(SXD));
        var result = issuedToLangTronWithAnObstacle().when(command);
        if (command instanceof AnswerObstacle) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectNoEvents().expectException(NotPermittedException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("departmentOnlyWrites")
    void cannotAnswerForADepartmentAsACommune(Function<Actor, DirectiveCommand> write) {
        issuedToLangTronWithAnObstacle()
                .when(write.apply(chairOf(LANG_TRON)))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void cannotWriteAnythingAsAnAuditor(Function<Actor, DirectiveCommand> write) {
        issuedToLangTronWithAnObstacle()
                .when(write.apply(AUDITOR))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @ParameterizedTest
    @MethodSource("provinceOnlyWrites")
    void cannotDecideAsACommune(Function<Actor, DirectiveCommand> write) {
        issuedToLangTronWithAnObstacle()
                .when(write.apply(chairOf(LANG_TRON)))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @ParameterizedTest
    @MethodSource("communeWrites")
    void cannotWriteForACommuneAsAnotherCommune(Function<Actor, DirectiveCommand> write) {
        issuedToLangTronWithAnObstacle()
                .when(write.apply(chairOf(TAN_THANH)))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @ParameterizedTest
    @MethodSource("communeWrites")
    void canWriteForItsOwnCommune(Function<Actor, DirectiveCommand> write) {
        DirectiveCommand command = write.apply(chairOf(LANG_TRON));
        issuedToLangTronWithAnObstacle()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(
                        predicate((EventMessage<?> event) -> event.getPayload() instanceof CommuneEvent written
                                && written.communeCode().equals(LANG_TRON.value())
                                && command.requestId().equals(event.getMetaData().get(MetadataKeys.REQUEST_ID))),
                        andNoMore()));
    }

    @ParameterizedTest
    @MethodSource("communeWrites")
    void cannotReportForACommuneAsTheProvinceExceptResolvingObstaclesAndWritingInTheThread(Function<Actor, DirectiveCommand> write) {
        DirectiveCommand command = write.apply(LEADER);
        var result = issuedToLangTronWithAnObstacle().when(command);
        if (command instanceof ResolveObstacle || command instanceof PostMessage) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectNoEvents().expectException(NotPermittedException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void coversEveryKindOfWriteButIssuing() {
        // DirectiveCommand permits IssueDirective and CommuneCommand besides the directive-wide writes
        assertThat(everyWrite().stream().map(write -> write.apply(LEADER).getClass()).distinct())
                .hasSize(DirectiveCommand.class.getPermittedSubclasses().length - 2
                        + org.directivetracker.core.api.command.CommuneCommand.class.getPermittedSubclasses().length);
    }
}
