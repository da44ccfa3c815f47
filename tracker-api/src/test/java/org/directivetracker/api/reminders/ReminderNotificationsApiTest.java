package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.RunReminders;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.status.WorkingCalendar;
import org.directivetracker.core.api.value.ProvinceTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The in-tracker channel of reminders: a notification of the accounts reminded, an entry in the assignment's thread,
 * the same id after the threads are rebuilt, and a read mark that holds.
 */
class ReminderNotificationsApiTest extends ApiTest {

    @Autowired
    TimelinessRules rules;

    /** The working day on which a deadline of {@code Given.issued} (in 20 days) enters the 5-working-day window. */
    LocalDate fiveWorkingDaysBefore(LocalDate deadline) {
        LocalDate day = LocalDate.now(ProvinceTime.ZONE);
        while (!(rules.calendar().isWorkingDay(day) && rules.workingDaysLeft(deadline, day) == 5)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The first working day on which an answer due by {@code answerBy} is late. */
    LocalDate firstWorkingDayLate(LocalDate answerBy) {
        WorkingCalendar calendar = rules.calendar();
        LocalDate day = answerBy.plusDays(1);
        while (!(calendar.isWorkingDay(day) && calendar.workingDaysAfter(calendar.lastDayFor(answerBy), day) == 1)) {
            day = day.plusDays(1);
        }
        return day;
    }

    List<ReminderDue> recordedFor(String directiveId, LocalDate day) {
        return eventStore.readEvents(RunReminders.runIdOf(day)).asStream().map(DomainEventMessage::getPayload)
                .map(ReminderDue.class::cast).filter(due -> due.directiveId().equals(directiveId)).toList();
    }

    /** Runs the day by hand until the views have seen the directive and its reminders are recorded. */
    void runUntilRecorded(String directiveId, LocalDate day, String kind) {
        Eventually.answer(() -> http.post("leader", "/api/admin/reminders/run?date=" + day, null),
                answer -> recordedFor(directiveId, day).stream().anyMatch(due -> due.kind().name().equals(kind)));
    }

    static List<JsonNode> remindersOf(Answer notifications, String directiveId, String kind) {
        return StreamSupport.stream(notifications.json().spliterator(), false)
                .filter(n -> n.get("directiveId").asText().equals(directiveId) && n.get("kind").asText().equals(kind)).toList();
    }

    Answer notificationsShowing(String account, String directiveId, String kind) {
        return Eventually.answer(() -> http.get(account, "/api/notifications"),
                answer -> answer.status() == 200 && !remindersOf(answer, directiveId, kind).isEmpty());
    }

    @Test
    void aRemindersNotificationIsTheRemindedChairsOnlyAndKeepsItsIdAndReadMarkThroughARebuild() {
        String id = given.issued(LANG_TRON);
        LocalDate day = fiveWorkingDaysBefore(Given.inDays(20));
        runUntilRecorded(id, day, "DUE_SOON");
        http.post("leader", "/api/admin/reminders/run?date=" + day, null);
        String chair = "chair-" + LANG_TRON;

        List<JsonNode> reminders = remindersOf(notificationsShowing(chair, id, "REMINDER_DUE_SOON"), id, "REMINDER_DUE_SOON");
        assertThat(reminders).as("once, however often the day is run").hasSize(1);
        JsonNode reminder = reminders.get(0);
        String notificationId = reminder.get("id").asText();
        assertThat(notificationId).startsWith("reminder:").contains(day.toString());
        assertThat(reminder.get("commune").asText()).isEqualTo(LANG_TRON);
        assertThat(reminder.get("details").get("window").asText()).isEqualTo("5");
        assertThat(reminder.get("read").asBoolean()).isFalse();
        assertThat(remindersOf(http.get("chair-" + DAT_MUI, "/api/notifications"), id, "REMINDER_DUE_SOON")).isEmpty();
        assertThat(http.get(chair, "/api/inbox").json().get("items").findValuesAsText("notificationId")).contains(notificationId);
        JsonNode thread = http.get(chair, "/api/directives/" + id + "/communes/" + LANG_TRON + "/thread").json().get("entries");
        assertThat(thread.findValuesAsText("kind")).containsExactly("ASSIGNED", "REMINDER_DUE_SOON");

        assertThat(http.post("chair-" + DAT_MUI, "/api/notifications/" + notificationId + "/read", null).status()).isEqualTo(404);
        assertThat(http.post(chair, "/api/notifications/" + notificationId + "/read", null).status()).isEqualTo(204);
        assertThat(http.post("leader", "/api/admin/read-models/thread-entries/rebuild", null).status()).isEqualTo(200);

        List<JsonNode> afterRebuild = remindersOf(notificationsShowing(chair, id, "REMINDER_DUE_SOON"), id, "REMINDER_DUE_SOON");
        assertThat(afterRebuild).hasSize(1);
        assertThat(afterRebuild.get(0).get("id").asText()).isEqualTo(notificationId);
        assertThat(afterRebuild.get(0).get("read").asBoolean()).isTrue();
    }

    @Test
    void aReferralPastItsAnswerByDateIsTheDepartmentsNotificationAndNotTheCommunes() {
        String id = given.acknowledged(LANG_TRON);
        String obstacle = given.raiseObstacle(id, LANG_TRON);
        given.referObstacle(id, LANG_TRON, obstacle, "SXD");
        LocalDate day = firstWorkingDayLate(Given.inDays(10));
        runUntilRecorded(id, day, "REFERRAL_OVERDUE");

        List<JsonNode> reminders = remindersOf(notificationsShowing("dept-SXD", id, "REMINDER_REFERRAL_OVERDUE"), id,
                "REMINDER_REFERRAL_OVERDUE");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).get("details").get("obstacleId").asText()).isEqualTo(obstacle);
        assertThat(remindersOf(http.get("dept-STC", "/api/notifications"), id, "REMINDER_REFERRAL_OVERDUE")).isEmpty();
        assertThat(remindersOf(http.get("chair-" + LANG_TRON, "/api/notifications"), id, "REMINDER_REFERRAL_OVERDUE"))
                .as("the commune sees it in its thread, it is not told of it").isEmpty();
        List<ReminderDue> recorded = recordedFor(id, day).stream().filter(due -> due.obstacleId() != null).toList();
        assertThat(recorded).singleElement().satisfies(due -> assertThat(due.departmentCode()).isEqualTo("SXD"));

        String notificationId = reminders.get(0).get("id").asText();
        assertThat(http.post("dept-SXD", "/api/notifications/" + notificationId + "/read", null).status()).isEqualTo(204);
        assertThat(remindersOf(http.get("dept-SXD", "/api/notifications"), id, "REMINDER_REFERRAL_OVERDUE").get(0)
                .get("read").asBoolean()).isTrue();
    }
}
