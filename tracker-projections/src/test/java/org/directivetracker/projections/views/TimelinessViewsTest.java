package org.directivetracker.projections.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.projections.Scenario.DEADLINE;
import static org.directivetracker.projections.Scenario.ISSUED;
import static org.directivetracker.projections.Scenario.LANG_TRON;
import static org.directivetracker.projections.Scenario.THOI_BINH;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One commune's timeliness and stage, as directive progress and commune status show them. */
class TimelinessViewsTest {

    static final String D = "d-1";

    final ReadModels readModels = new ReadModels();
    final Scenario given = new Scenario();

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    CommuneProgressRow langTronOn(LocalDate asOf) {
        readModels.deliver(given.events());
        DirectiveProgressView view = readModels.progressQueries.handle(new FindDirectiveProgress(D, asOf));
        CommuneProgressRow row = view.communes().stream().filter(r -> r.code().equals(LANG_TRON)).findFirst().orElseThrow();
        CommuneAssignment assignment = readModels.communeQueries.handle(new FindCommuneStatus(LANG_TRON, asOf)).assignments().get(0);
        assertThat(assignment.timeliness()).as("commune status agrees with directive progress").isEqualTo(row.timeliness());
        assertThat(assignment.stage()).isEqualTo(row.stage());
        assertThat(assignment.deadline()).isEqualTo(row.deadline());
        return row;
    }

    @Test
    void isOnTrackWellBeforeTheDeadline() {
        given.issue(D, LANG_TRON, THOI_BINH);
        given.report(D, LANG_TRON, 30, ISSUED.plusDays(2));

        // Wednesday 25/3 to Tuesday 31/3: four working days left
        CommuneProgressRow row = langTronOn(DEADLINE.minusDays(6));

        assertThat(row.timeliness()).isEqualTo(Timeliness.ON_TRACK);
        assertThat(row.name()).isEqualTo("Láng Tròn");
        assertThat(row.percent()).isEqualTo(30);
    }

    @Test
    void isDueSoonWithinThreeWorkingDaysOfTheDeadline() {
        given.issue(D, LANG_TRON);

        // Thursday 26/3 to Tuesday 31/3: Friday, Monday and Tuesday left
        assertThat(langTronOn(DEADLINE.minusDays(5)).timeliness()).isEqualTo(Timeliness.DUE_SOON);
    }

    @Test
    void isOverdueTheDayAfterTheDeadline() {
        given.issue(D, LANG_TRON, THOI_BINH);

        CommuneProgressRow row = langTronOn(DEADLINE.plusDays(1));

        assertThat(row.timeliness()).isEqualTo(Timeliness.OVERDUE);
        DirectiveProgressView view = readModels.progressQueries.handle(new FindDirectiveProgress(D, DEADLINE.plusDays(1)));
        assertThat(view.summary().overdue()).isEqualTo(2);
        assertThat(view.summary().assigned()).isEqualTo(2);
    }

    @Test
    void isCompletedOnTimeWhenTheAcceptedSubmissionWasOnOrBeforeTheDeadline() {
        given.issue(D, LANG_TRON);
        Instant submitted = given.submit(D, LANG_TRON, DEADLINE);
        given.accept(D, LANG_TRON, submitted, DEADLINE, DEADLINE.plusDays(3));

        CommuneProgressRow row = langTronOn(DEADLINE.plusDays(10));

        assertThat(row.timeliness()).isEqualTo(Timeliness.COMPLETED_ON_TIME);
        assertThat(row.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(row.submittedOn()).isEqualTo(DEADLINE);
    }

    @Test
    void isCompletedLateWhenTheAcceptedSubmissionCameAfterTheDeadline() {
        given.issue(D, LANG_TRON);
        Instant submitted = given.submit(D, LANG_TRON, DEADLINE.plusDays(2));
        given.accept(D, LANG_TRON, submitted, DEADLINE, DEADLINE.plusDays(3));

        assertThat(langTronOn(DEADLINE.plusDays(3)).timeliness()).isEqualTo(Timeliness.COMPLETED_LATE);
    }

    @Test
    void isCompletedOnTimeAgainstTheExtendedDeadlineAndKeepsTheOriginal() {
        LocalDate extended = DEADLINE.plusDays(15);
        given.issue(D, LANG_TRON);
        given.extend(D, LANG_TRON, DEADLINE, extended, DEADLINE.minusDays(6), DEADLINE.minusDays(5));
        Instant submitted = given.submit(D, LANG_TRON, DEADLINE.plusDays(10));
        given.accept(D, LANG_TRON, submitted, extended, DEADLINE.plusDays(11));

        CommuneProgressRow row = langTronOn(DEADLINE.plusDays(20));

        assertThat(row.timeliness()).isEqualTo(Timeliness.COMPLETED_ON_TIME);
        assertThat(row.deadline()).isEqualTo(extended);
        assertThat(row.originalDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void isCompletedLateWhenAReturnedSubmissionIsResubmittedAfterTheDeadline() {
        given.issue(D, LANG_TRON);
        given.submit(D, LANG_TRON, DEADLINE.minusDays(1));
        given.giveBack(D, LANG_TRON, DEADLINE);
        Instant resubmitted = given.submit(D, LANG_TRON, DEADLINE.plusDays(2));
        given.accept(D, LANG_TRON, resubmitted, DEADLINE, DEADLINE.plusDays(3));

        CommuneProgressRow row = langTronOn(DEADLINE.plusDays(4));

        assertThat(row.timeliness()).isEqualTo(Timeliness.COMPLETED_LATE);
        assertThat(row.submittedOn()).isEqualTo(DEADLINE.plusDays(2));
    }

    @Test
    void movesThroughTheStagesFromAssignedToCompleted() {
        given.issue(D, LANG_TRON);
        readModels.deliver(given.events());
        assertThat(stageNow()).isEqualTo(Stage.ASSIGNED);

        given.acknowledge(D, LANG_TRON, ISSUED.plusDays(1));
        readModels.deliver(given.events());
        assertThat(stageNow()).isEqualTo(Stage.IN_PROGRESS);

        Instant submitted = given.submit(D, LANG_TRON, ISSUED.plusDays(5));
        readModels.deliver(given.events());
        assertThat(stageNow()).isEqualTo(Stage.AWAITING_ACCEPTANCE);
        assertThat(readModels.progressQueries.handle(new FindDirectiveProgress(D, ISSUED.plusDays(5))).summary().awaitingAcceptance()).isEqualTo(1);

        given.giveBack(D, LANG_TRON, ISSUED.plusDays(6));
        readModels.deliver(given.events());
        assertThat(stageNow()).isEqualTo(Stage.IN_PROGRESS);

        submitted = given.submit(D, LANG_TRON, ISSUED.plusDays(7));
        given.accept(D, LANG_TRON, submitted, DEADLINE, ISSUED.plusDays(8));
        readModels.deliver(given.events());
        assertThat(stageNow()).isEqualTo(Stage.COMPLETED);
    }

    private Stage stageNow() {
        return readModels.communeQueries.handle(new FindCommuneStatus(LANG_TRON, ISSUED.plusDays(9))).assignments().get(0).stage();
    }

    @Test
    void isBlockedWhileAnObstacleIsOpen() {
        given.issue(D, LANG_TRON);
        given.raise(D, LANG_TRON, "o-1", "STAFFING", ISSUED.plusDays(1));
        given.raise(D, LANG_TRON, "o-2", "FUNDING", ISSUED.plusDays(2));
        given.resolve(D, LANG_TRON, "o-1", ISSUED.plusDays(3));
        CommuneProgressRow row = langTronOn(ISSUED.plusDays(4));
        assertThat(row.blocked()).isTrue();
        assertThat(row.openObstacles()).isEqualTo(1);

        given.resolve(D, LANG_TRON, "o-2", ISSUED.plusDays(5));
        row = langTronOn(ISSUED.plusDays(6));

        assertThat(row.blocked()).isFalse();
        assertThat(row.openObstacles()).isZero();
        assertThat(readModels.communeQueries.handle(new FindCommuneStatus(LANG_TRON, ISSUED.plusDays(6))).assignments().get(0).blocked()).isFalse();
    }

    @Test
    void judgesTheSameStateAsOfAPastAndAFutureDate() {
        given.issue(D, LANG_TRON);
        given.report(D, LANG_TRON, 50, ISSUED.plusDays(3));
        readModels.deliver(given.events());

        assertThat(readModels.progressQueries.handle(new FindDirectiveProgress(D, ISSUED)).communes().get(0).timeliness())
                .isEqualTo(Timeliness.ON_TRACK);
        assertThat(readModels.progressQueries.handle(new FindDirectiveProgress(D, DEADLINE.minusDays(1))).communes().get(0).timeliness())
                .isEqualTo(Timeliness.DUE_SOON);
        assertThat(readModels.progressQueries.handle(new FindDirectiveProgress(D, DEADLINE.plusYears(1))).communes().get(0).timeliness())
                .isEqualTo(Timeliness.OVERDUE);
        assertThat(readModels.communeQueries.handle(new FindCommuneStatus(LANG_TRON, DEADLINE.plusYears(1))).counts())
                .containsEntry(Timeliness.OVERDUE, 1).containsEntry(Timeliness.ON_TRACK, 0);
    }

    @Test
    void answersNothingForADirectiveNeverIssued() {
        assertThat(readModels.progressQueries.handle(new FindDirectiveProgress("no-such", ISSUED))).isNull();
    }
}
