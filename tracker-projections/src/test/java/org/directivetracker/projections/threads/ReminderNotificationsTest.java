package org.directivetracker.projections.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.projections.Scenario.LANG_TRON;
import static org.directivetracker.projections.Scenario.THOI_BINH;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindNotifications;
import org.directivetracker.core.api.query.FindThread;
import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.NotificationView;
import org.directivetracker.core.api.query.ThreadEntry;
import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.core.api.reminder.RunReminders;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.readmodel.ReadModelCollections;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelRebuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders in threads and notifications: they come from the reminders' own streams, so their entries are kept by the
 * reminder's key, never by a sequence that a directive's event could also have.
 */
class ReminderNotificationsTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 20);
    private static final LocalDate ANSWER_BY = LocalDate.of(2026, 3, 10);
    private static final String TITLE = "Số hóa hồ sơ d1";

    private final ReadModels readModels = new ReadModels();
    private final ThreadQueries queries = queriesOf(readModels);
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    @AfterEach
    void drop() {
        readModels.close();
    }

    private static ThreadQueries queriesOf(ReadModels readModels) {
        return new ThreadQueries(readModels.room.readModel(ThreadsReadModel.REGISTRATION), ReadModels.COMMUNES,
                new NotificationReads(readModels.database));
    }

    private void append(int day, String type, String aggregateId, Object payload, Map<String, ?> metadata) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        Instant at = MARCH.plusDays(day).atTime(LocalTime.of(7, 30)).atZone(ProvinceTime.ZONE).toInstant();
        events.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metadata, UUID.randomUUID().toString(), at));
    }

    private void byProvince(int day, Object event, String directiveId) {
        append(day, "Directive", directiveId, event, Map.of(MetadataKeys.ACCOUNT, "leader", MetadataKeys.ROLE, "PROVINCE"));
    }

    private void issueToLangTronAndThoiBinh() {
        byProvince(0, new DirectiveIssued("d1", TITLE, "Mô tả", "CV-1", "Chuyển đổi số", Priority.HIGH, DEADLINE), "d1");
        byProvince(0, new CommuneAssigned("d1", LANG_TRON, DEADLINE), "d1");
        byProvince(0, new CommuneAssigned("d1", THOI_BINH, DEADLINE), "d1");
    }

    /** A reminder as the day's run records it, in the day's own stream. */
    private ReminderDue remind(int day, Reminder reminder) {
        LocalDate date = MARCH.plusDays(day);
        ReminderDue due = ReminderDue.of(reminder, date);
        append(day, "ReminderDay", RunReminders.runIdOf(date), due, Map.of(MetadataKeys.ACCOUNT, "lich-nhac-viec"));
        return due;
    }

    private static Reminder dueSoon(String commune, int window) {
        return new Reminder("d1", TITLE, commune, ReminderKind.DUE_SOON, window, DEADLINE);
    }

    private List<NotificationView> notificationsOf(ThreadQueries threads, String commune) {
        return threads.handle(new FindNotifications(Role.COMMUNE, commune, "chair-" + commune));
    }

    private static List<NotificationView> reminders(List<NotificationView> notifications) {
        return notifications.stream().filter(n -> n.kind().startsWith("REMINDER_")).toList();
    }

    @Test
    void aRemindersNotificationIsForTheRemindedCommuneOnceAndNotForAnother() {
        issueToLangTronAndThoiBinh();
        ReminderDue due = remind(9, dueSoon(LANG_TRON, 3));
        readModels.deliver(events);
        readModels.deliverEach(events.subList(events.size() - 1, events.size()));

        List<NotificationView> langTron = reminders(notificationsOf(queries, LANG_TRON));
        assertThat(langTron).hasSize(1);
        assertThat(langTron.get(0).kind()).isEqualTo("REMINDER_DUE_SOON");
        assertThat(langTron.get(0).id()).isEqualTo("reminder:" + due.reminderId().replace('/', ':'));
        assertThat(langTron.get(0).details()).containsEntry("window", "3").containsEntry("deadline", "2026-03-20");
        assertThat(langTron.get(0).read()).isFalse();
        assertThat(reminders(notificationsOf(queries, THOI_BINH))).isEmpty();
        assertThat(queries.handle(new FindNotifications(Role.PROVINCE, null, "leader"))).isEmpty();
    }

    @Test
    void aRemindersNotificationWaitsInTheCommunesInboxUntilRead() {
        issueToLangTronAndThoiBinh();
        remind(9, dueSoon(LANG_TRON, 3));
        readModels.deliver(events);
        String chair = "chair-" + LANG_TRON;

        List<InboxItem> before = queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair)).items();
        assertThat(before).extracting(InboxItem::kind).containsExactly("REMINDER_DUE_SOON");

        new NotificationReads(readModels.database).markRead(chair, before.get(0).notificationId());
        assertThat(queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair)).items()).isEmpty();
        assertThat(reminders(notificationsOf(queries, LANG_TRON))).singleElement().satisfies(n -> assertThat(n.read()).isTrue());
    }

    @Test
    void aRemindersEntryTakesItsPlaceInTheAssignmentsThreadByTime() {
        issueToLangTronAndThoiBinh();
        remind(4, new Reminder("d1", TITLE, LANG_TRON, ReminderKind.DUE_SOON, 5, DEADLINE));
        append(6, "Directive", "d1", new ProgressReported("d1", LANG_TRON, 40, "Đã rà soát"),
                Map.of(MetadataKeys.ACCOUNT, "chair-" + LANG_TRON, MetadataKeys.ROLE, "COMMUNE", MetadataKeys.COMMUNE, LANG_TRON));
        remind(9, dueSoon(LANG_TRON, 3));
        readModels.deliver(events);

        List<ThreadEntry> thread = queries.handle(new FindThread("d1", LANG_TRON)).entries();
        assertThat(thread).extracting(ThreadEntry::kind)
                .containsExactly("ASSIGNED", "REMINDER_DUE_SOON", "PROGRESS", "REMINDER_DUE_SOON");
        assertThat(thread.get(1).sequence()).as("not an event of the directive's stream").isEqualTo(StoredEntry.NOT_IN_THE_STREAM);
        assertThat(queries.handle(new FindThread("d1", THOI_BINH)).entries()).extracting(ThreadEntry::kind).containsExactly("ASSIGNED");
    }

    @Test
    void aRemindersNotificationKeepsItsIdAndReadMarkWhenTheThreadsAreRebuilt() {
        issueToLangTronAndThoiBinh();
        remind(9, dueSoon(LANG_TRON, 3));
        remind(9, new Reminder("d1", TITLE, THOI_BINH, ReminderKind.DUE_SOON, 3, DEADLINE));
        readModels.deliver(events);
        String id = reminders(notificationsOf(queries, LANG_TRON)).get(0).id();
        new NotificationReads(readModels.database).markRead("chair-" + LANG_TRON, id);

        ReadModelRebuild rebuild = readModels.room.rebuild();
        ReadModelRebuild.Shadow shadow = rebuild.start(ThreadsReadModel.REGISTRATION);
        shadow.feed(events.iterator(), events.size());
        ReadModelCollections live = ReadModelCollections.live(readModels.database, ThreadsReadModel.NAME);
        rebuild.dropCollections(shadow.promote(live));
        ThreadQueries rebuilt = new ThreadQueries(new ThreadsReadModel(new ReadModelContext(live)), ReadModels.COMMUNES,
                new NotificationReads(readModels.database));

        List<NotificationView> again = reminders(notificationsOf(rebuilt, LANG_TRON));
        assertThat(again).extracting(NotificationView::id).containsExactly(id);
        assertThat(again.get(0).read()).isTrue();
        assertThat(reminders(notificationsOf(rebuilt, THOI_BINH))).singleElement().satisfies(n -> assertThat(n.read()).isFalse());
    }

    @Test
    void aReferralsReminderIsForTheDepartmentItWaitsOnAndShowsInTheCommunesThread() {
        issueToLangTronAndThoiBinh();
        append(1, "Directive", "d1", new ObstacleRaised("d1", LANG_TRON, "o1", "FUNDING", "Chưa có kinh phí"),
                Map.of(MetadataKeys.ACCOUNT, "chair-" + LANG_TRON, MetadataKeys.ROLE, "COMMUNE", MetadataKeys.COMMUNE, LANG_TRON));
        byProvince(2, new ObstacleReferred("d1", LANG_TRON, "o1", "STC", ANSWER_BY, "Đề nghị Sở Tài chính cho ý kiến", null), "d1");
        remind(9, Reminder.referralOverdue("d1", TITLE, LANG_TRON, "o1", "STC", 1, ANSWER_BY));
        readModels.deliver(events);

        List<NotificationView> stc = queries.handle(new FindNotifications(Role.DEPARTMENT, null, "dept-STC", "STC"));
        assertThat(stc).extracting(NotificationView::kind).containsExactly("REMINDER_REFERRAL_OVERDUE");
        assertThat(stc.get(0).details()).containsEntry("obstacleId", "o1").containsEntry("answerBy", "2026-03-10");
        assertThat(stc.get(0).commune()).isEqualTo(LANG_TRON);
        assertThat(queries.handle(new FindNotifications(Role.DEPARTMENT, null, "dept-SXD", "SXD"))).isEmpty();
        assertThat(reminders(notificationsOf(queries, LANG_TRON))).as("the department is reminded, not the commune").isEmpty();
        assertThat(queries.handle(new FindThread("d1", LANG_TRON)).entries()).extracting(ThreadEntry::kind)
                .endsWith("OBSTACLE_REFERRED", "REMINDER_REFERRAL_OVERDUE");
    }
}
