package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.core.api.reminder.RunReminders;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.ProvinceTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The province runs a day's reminders by hand and keeps the communes' contacts; nobody else may. */
class ReminderApiTest extends ApiTest {

    @Autowired
    TimelinessRules rules;
    @Autowired
    DueReminders dueReminders;
    @Autowired
    org.directivetracker.api.pages.ProjectionCatchUp views;

    /** The working day on which a directive given by {@code Given.issued} (due in 20 days) enters the 5-day window. */
    LocalDate fiveWorkingDaysBefore(LocalDate deadline) {
        LocalDate day = LocalDate.now(ProvinceTime.ZONE);
        while (!(rules.calendar().isWorkingDay(day) && rules.workingDaysLeft(deadline, day) == 5)) {
            day = day.plusDays(1);
        }
        return day;
    }

    List<ReminderDue> recordedFor(String directiveId, LocalDate day) {
        return eventStore.readEvents(RunReminders.runIdOf(day)).asStream().map(DomainEventMessage::getPayload)
                .map(ReminderDue.class::cast).filter(due -> due.directiveId().equals(directiveId)).toList();
    }

    Answer send(String account, String method, String path, String json) {
        HttpRequest.Builder request = http.request(path, account, "demo").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http.send(request.build());
    }

    @Test
    void canRunADayByHandAndRunningItAgainAddsNothing() {
        String id = given.issued(LANG_TRON);
        LocalDate day = fiveWorkingDaysBefore(org.directivetracker.api.support.Given.inDays(20));
        String path = "/api/admin/reminders/run?date=" + day;

        // the views follow the store a moment later: run until the new directive is seen
        Answer first = org.directivetracker.api.support.Eventually.answer(() -> http.post("leader", path, null),
                answer -> !recordedFor(id, day).isEmpty());
        Answer second = http.post("leader", path, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("workingDay").asBoolean()).isTrue();
        List<ReminderDue> recorded = recordedFor(id, day);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).kind()).isEqualTo(ReminderKind.DUE_SOON);
        assertThat(recorded.get(0).window()).isEqualTo(5);
        assertThat(recorded.get(0).communeCode()).isEqualTo(LANG_TRON);
    }

    @Test
    void aDepartmentIsRemindedOfAReferralPastItsDateUntilTheDirectiveIsWithdrawn() {
        String id = given.acknowledged(LANG_TRON);
        String obstacle = given.raiseObstacle(id, LANG_TRON);
        given.referObstacle(id, LANG_TRON, obstacle, "SXD"); // to answer within 10 days
        views.awaitViews();
        LocalDate day = org.directivetracker.api.support.Given.inDays(10);
        while (referralRemindersOn(day, obstacle).isEmpty() && day.isBefore(org.directivetracker.api.support.Given.inDays(20))) {
            day = day.plusDays(1);
        }
        assertThat(referralRemindersOn(day, obstacle)).as("the first working day past the answer-by date").hasSize(1);

        given.withdraw(id);
        views.awaitViews();

        assertThat(referralRemindersOn(day, obstacle)).isEmpty();
    }

    private List<org.directivetracker.core.api.reminder.Reminder> referralRemindersOn(LocalDate day, String obstacle) {
        return dueReminders.on(day).stream().filter(reminder -> obstacle.equals(reminder.obstacleId())).toList();
    }

    @Test
    void cannotRunRemindersUnlessProvince() {
        assertThat(http.post("chair-" + LANG_TRON, "/api/admin/reminders/run", null).status()).isEqualTo(403);
        assertThat(http.post("auditor", "/api/admin/reminders/run", null).status()).isEqualTo(403);
        assertThat(http.post(null, "/api/admin/reminders/run", null).status()).isEqualTo(401);
    }

    @Test
    void canKeepChangeAndEraseACommunesContact() {
        String path = "/api/contacts/" + DAT_MUI;
        Answer put = send("leader", "PUT", path, "{\"email\":\"vanphong.datmui@camau.gov.vn\",\"phone\":\"0912345678\",\"zaloId\":\"884122\"}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(http.get("leader", path).json().get("email").asText()).isEqualTo("vanphong.datmui@camau.gov.vn");

        send("leader", "PUT", path, "{\"phone\":\"+84987654321\"}");
        Answer changed = http.get("leader", path);
        assertThat(changed.json().get("phone").asText()).isEqualTo("+84987654321");
        assertThat(changed.json().get("email").isNull()).isTrue();

        assertThat(send("leader", "DELETE", path, null).status()).isEqualTo(204);
        assertThat(http.get("leader", path).status()).isEqualTo(404);
    }

    @Test
    void cannotKeepAContactWithAMalformedAddress() {
        Answer answer = send("leader", "PUT", "/api/contacts/" + LANG_TRON, "{\"email\":\"not-an-address\",\"phone\":\"12\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"email\"").contains("\"phone\"");
    }

    @Test
    void cannotReadOrWriteContactsUnlessProvince() {
        assertThat(http.get("chair-" + LANG_TRON, "/api/contacts/" + LANG_TRON).status()).isEqualTo(403);
        assertThat(send("chair-" + LANG_TRON, "PUT", "/api/contacts/" + LANG_TRON, "{\"email\":\"a@b.vn\"}").status()).isEqualTo(403);
        assertThat(http.get("auditor", "/api/contacts/" + LANG_TRON).status()).isEqualTo(403);
    }

    @Test
    void cannotKeepAContactForAnUnknownCode() {
        assertThat(send("leader", "PUT", "/api/contacts/99999", "{\"email\":\"a@b.vn\"}").status()).isEqualTo(404);
    }
}
