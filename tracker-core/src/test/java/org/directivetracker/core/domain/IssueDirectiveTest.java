package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.directivetracker.core.domain.DirectiveTestData.*;
import static org.hamcrest.Matchers.containsString;

class IssueDirectiveTest {

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    @Test
    void canIssueADirectiveToCommunes() {
        fixture.givenNoPriorActivity()
               .when(issue(LANG_TRON, TAN_THANH))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(DIRECTIVE)
               .expectEvents(new DirectiveIssued(DIRECTIVE, TITLE, DESCRIPTION, REFERENCE, FIELD, Priority.HIGH, DEADLINE),
                             new CommuneAssigned(DIRECTIVE, LANG_TRON.value(), DEADLINE),
                             new CommuneAssigned(DIRECTIVE, TAN_THANH.value(), DEADLINE));
    }

    @Test
    void canIssueWithTheDeadlineToday() {
        fixture.givenNoPriorActivity()
               .when(issue(TODAY, NAM_CAN))
               .expectSuccessfulHandlerExecution()
               .expectEvents(issued(TODAY, NAM_CAN).toArray());
    }

    @Test
    void canIssueWithoutPriorityAsNormal() {
        IssueDirective withoutPriority = new IssueDirective(DIRECTIVE, new Title(TITLE), new Description(DESCRIPTION),
                null, null, null, new Deadline(DEADLINE), List.of(DAM_DOI), LEADER, newRequestId());
        fixture.givenNoPriorActivity()
               .when(withoutPriority)
               .expectEvents(new DirectiveIssued(DIRECTIVE, TITLE, DESCRIPTION, null, null, Priority.NORMAL, DEADLINE),
                             assigned(DAM_DOI, DEADLINE));
    }

    @Test
    void cannotIssueWithADeadlineInThePast() {
        fixture.givenNoPriorActivity()
               .when(issue(TODAY.minusDays(1), LANG_TRON))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("must not be in the past"));
    }

    @Test
    void cannotIssueWithYesterdayAsDeadlineWhenItIsAlreadyTomorrowInCaMau() {
        // 20:00 UTC on 3 May is 03:00 on 4 May in Cà Mau: 3 May has passed there
        fixture.givenCurrentTime(Instant.parse("2026-05-03T20:00:00Z"))
               .when(issue(TODAY.minusDays(1), LANG_TRON))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("2026-05-03 is before today, 2026-05-04"));
    }

    @Test
    void cannotIssueToAnUnknownCommune() {
        fixture.givenNoPriorActivity()
               .when(issue(LANG_TRON, NOT_IN_PROVINCE))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("00001 is not a commune of the province"));
    }

    @Test
    void cannotIssueWithACommuneListedTwice() {
        fixture.givenNoPriorActivity()
               .when(issue(LANG_TRON, TAN_THANH, LANG_TRON))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("commune 31951 is listed more than once"));
    }

    @Test
    void cannotIssueToNoCommune() {
        fixture.givenNoPriorActivity()
               .when(issue())
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotIssueWithoutATitle() {
        IssueDirective withoutTitle = new IssueDirective(DIRECTIVE, null, new Description(DESCRIPTION), null, null,
                null, new Deadline(DEADLINE), List.of(LANG_TRON), LEADER, newRequestId());
        fixture.givenNoPriorActivity()
               .when(withoutTitle)
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotIssueAsACommune() {
        fixture.givenNoPriorActivity()
               .when(issueAs(chairOf(LANG_TRON), newRequestId(), DEADLINE, LANG_TRON))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotIssueAsAnAuditor() {
        fixture.givenNoPriorActivity()
               .when(issueAs(AUDITOR, newRequestId(), DEADLINE, LANG_TRON))
               .expectNoEvents()
               .expectException(NotPermittedException.class)
               .expectExceptionMessage(containsString("only a provincial account may issue a directive"));
    }

    @Test
    void cannotIssueAnIdThatIsAlreadyADirective() {
        fixture.given(issued(LANG_TRON))
               .when(issue(TAN_THANH))
               .expectNoEvents()
               .expectException(DirectiveAlreadyIssuedException.class);
    }

    @Test
    void canRetryIssuingWithTheSameRequestIdAndGetTheSameAnswer() {
        fixture.givenCommands(issueAs(LEADER, "req-issue", DEADLINE, LANG_TRON))
               .when(issueAs(LEADER, "req-issue", DEADLINE, LANG_TRON))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(DIRECTIVE);
    }

    @Test
    void canRetryIssuingTheNextDayAlthoughTheDeadlineHasPassedSince() {
        fixture.givenCommands(issueAs(LEADER, "req-issue", TODAY, LANG_TRON))
               .andGivenCurrentTime(NOW.plusSeconds(86_400))
               .when(issueAs(LEADER, "req-issue", TODAY, LANG_TRON))
               .expectNoEvents()
               .expectResultMessagePayload(DIRECTIVE);
    }

    @Test
    void canRememberTheRequestIdOnEveryIssuedEvent() {
        fixture.givenNoPriorActivity()
               .when(issueAs(LEADER, "req-issue", DEADLINE, LANG_TRON, TAN_THANH))
               .expectEvents(withRequestId(issued(LANG_TRON).get(0), "req-issue"),
                             withRequestId(assigned(LANG_TRON, DEADLINE), "req-issue"),
                             withRequestId(assigned(TAN_THANH, DEADLINE), "req-issue"));
    }
}
