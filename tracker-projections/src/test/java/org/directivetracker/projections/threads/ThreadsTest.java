package org.directivetracker.projections.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.directivetracker.core.api.event.CommuneUrged;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.MessagePosted;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindNotifications;
import org.directivetracker.core.api.query.FindThread;
import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.InboxView;
import org.directivetracker.core.api.query.NotificationView;
import org.directivetracker.core.api.query.ThreadEntry;
import org.directivetracker.core.api.query.ThreadView;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Threads, inboxes and notifications, fed the events as the store delivers them, with who acted in the metadata. */
class ThreadsTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final LocalDate LATER = LocalDate.of(2026, 4, 30);

    private final ReadModels readModels = new ReadModels();
    private final ThreadQueries queries = new ThreadQueries(readModels.room.readModel(ThreadsReadModel.REGISTRATION),
            ReadModels.COMMUNES, new NotificationReads(readModels.database));
    private final List<DomainEventMessage<DirectiveEvent>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    @AfterEach
    void drop() {
        readModels.close();
    }

    private void byProvince(int day, DirectiveEvent event) {
        append(day, event, Map.of(MetadataKeys.ACCOUNT, "leader", MetadataKeys.ROLE, "PROVINCE"));
    }

    private void byCommune(int day, String commune, DirectiveEvent event) {
        append(day, event, Map.of(MetadataKeys.ACCOUNT, "chair-" + commune, MetadataKeys.ROLE, "COMMUNE", MetadataKeys.COMMUNE, commune));
    }

    private void append(int day, DirectiveEvent event, Map<String, ?> metadata) {
        long sequence = sequences.merge(event.directiveId(), 1L, Long::sum) - 1;
        Instant at = MARCH.plusDays(day).atTime(LocalTime.of(9, 0)).atZone(ProvinceTime.ZONE).toInstant();
        events.add(new GenericDomainEventMessage<>("Directive", event.directiveId(), sequence, event, metadata,
                UUID.randomUUID().toString(), at));
    }

    private void issue(String directiveId, String... communes) {
        byProvince(0, new DirectiveIssued(directiveId, "Số hóa hồ sơ " + directiveId, "Mô tả", "CV-1", "Chuyển đổi số", Priority.HIGH, DEADLINE));
        for (String commune : communes) {
            byProvince(0, new CommuneAssigned(directiveId, commune, DEADLINE));
        }
    }

    @Test
    void aThreadHoldsTheCommunesOwnWordsAndTheProvincesAnswersInOrder() {
        issue("d1", LANG_TRON, THOI_BINH);
        byCommune(1, LANG_TRON, new ProgressReported("d1", LANG_TRON, 40, "Đã rà soát 12/30 máy"));
        byCommune(2, LANG_TRON, new ExtensionRequested("d1", LANG_TRON, DEADLINE, LATER, "Thiếu nhân sự"));
        byProvince(3, new ExtensionGranted("d1", LANG_TRON, DEADLINE, LATER, "Đồng ý, báo cáo trước 15/4"));
        byCommune(4, THOI_BINH, new MessagePosted("d1", THOI_BINH, "Thới Bình hỏi thêm", false));
        byProvince(5, new CommuneUrged("d1", LANG_TRON, "Đề nghị khẩn trương"));
        readModels.deliver(events);

        ThreadView thread = queries.handle(new FindThread("d1", LANG_TRON));

        assertThat(thread.title()).isEqualTo("Số hóa hồ sơ d1");
        assertThat(thread.entries()).extracting(ThreadEntry::kind)
                .containsExactly("ASSIGNED", "PROGRESS", "EXTENSION_REQUESTED", "EXTENSION_GRANTED", "URGED");
        assertThat(thread.entries().get(2).text()).isEqualTo("Thiếu nhân sự");
        assertThat(thread.entries().get(2).actor().account()).isEqualTo("chair-" + LANG_TRON);
        assertThat(thread.entries().get(3).text()).isEqualTo("Đồng ý, báo cáo trước 15/4");
        assertThat(thread.entries().get(3).details()).containsEntry("deadline", "2026-04-30");
    }

    @Test
    void aReferredObstacleLeavesTheProvinceInboxUntilTheCommuneEscalatesTheDepartmentsAnswer() {
        issue("d1", LANG_TRON);
        byCommune(1, LANG_TRON, new ObstacleRaised("d1", LANG_TRON, "o1", "FUNDING", "Đất chưa có sổ"));
        byProvince(2, new ObstacleReferred("d1", LANG_TRON, "o1", "SXD", LATER, "Đề nghị Sở Xây dựng hướng dẫn", null));
        readModels.deliver(events);
        assertThat(queries.handle(new FindInbox(Role.PROVINCE, null, "leader")).items()).as("waiting on the department").isEmpty();

        append(3, new ObstacleAnswered("d1", LANG_TRON, "o1", "SXD", "Đã có hướng dẫn số 12/HD-SXD"),
                Map.of(MetadataKeys.ACCOUNT, "dept-SXD", MetadataKeys.ROLE, "DEPARTMENT"));
        readModels.deliver(events.subList(events.size() - 1, events.size()));
        String chair = "chair-" + LANG_TRON;
        assertThat(queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair)).items()).extracting(InboxItem::kind)
                .as("the answer waits on the commune; the referral was news").containsExactly("OBSTACLE_ANSWERED");

        byCommune(4, LANG_TRON, new ObstacleEscalated("d1", LANG_TRON, "o1", "SXD", "Hướng dẫn chưa đủ rõ"));
        readModels.deliver(events.subList(events.size() - 1, events.size()));

        List<InboxItem> inbox = queries.handle(new FindInbox(Role.PROVINCE, null, "leader")).items();
        assertThat(inbox).extracting(InboxItem::kind).containsExactly("OBSTACLE_ESCALATED");
        assertThat(inbox.get(0).text()).isEqualTo("Hướng dẫn chưa đủ rõ");
        ThreadView thread = queries.handle(new FindThread("d1", LANG_TRON));
        assertThat(thread.entries()).extracting(ThreadEntry::kind).containsExactly("ASSIGNED", "OBSTACLE_RAISED",
                "OBSTACLE_REFERRED", "OBSTACLE_ANSWERED", "OBSTACLE_ESCALATED");
        assertThat(thread.entries().get(2).details()).containsEntry("department", "SXD").containsEntry("answerBy", "2026-04-30");
        assertThat(thread.entries().get(3).actor().account()).isEqualTo("dept-SXD");
    }

    @Test
    void evidenceLandsInTheCommunesThreadAndTheProvincesDocumentInEveryThread() {
        issue("d1", LANG_TRON, THOI_BINH);
        byCommune(1, LANG_TRON, new EvidenceAttached("d1", LANG_TRON, "a1", "bien-ban.jpg", "image/jpeg", 2048, "ab".repeat(32), "Biên bản bàn giao"));
        byProvince(2, new EvidenceAttached("d1", null, "a2", "cong-van.pdf", "application/pdf", 4096, "cd".repeat(32), null));
        readModels.deliver(events);

        assertThat(queries.handle(new FindThread("d1", LANG_TRON)).entries()).extracting(ThreadEntry::kind)
                .containsExactly("ASSIGNED", "EVIDENCE_ATTACHED", "EVIDENCE_ATTACHED");
        assertThat(queries.handle(new FindThread("d1", THOI_BINH)).entries()).extracting(ThreadEntry::kind)
                .as("another commune's file stays in its own thread").containsExactly("ASSIGNED", "EVIDENCE_ATTACHED");
        assertThat(queries.handle(new FindThread("d1", THOI_BINH)).entries().get(1).details())
                .containsEntry("fileName", "cong-van.pdf").containsKey("onDirective");
        assertThat(queries.handle(new FindNotifications(Role.PROVINCE, null, "leader")))
                .extracting(NotificationView::kind).containsExactly("EVIDENCE_ATTACHED");
    }

    @Test
    void noThreadForACommuneTheDirectiveDoesNotAssign() {
        issue("d1", LANG_TRON);
        readModels.deliver(events);

        assertThat(queries.handle(new FindThread("d1", THOI_BINH))).isNull();
    }

    @Test
    void theProvinceInboxListsWhatWaitsOnItOldestFirstUntilItIsDecided() {
        issue("d1", LANG_TRON, THOI_BINH);
        byCommune(1, THOI_BINH, new CompletionSubmitted("d1", THOI_BINH, "Đã hoàn thành 100%"));
        byCommune(2, LANG_TRON, new ExtensionRequested("d1", LANG_TRON, DEADLINE, LATER, "Thiếu nhân sự"));
        byCommune(3, LANG_TRON, new ObstacleRaised("d1", LANG_TRON, "o1", "FUNDING", "Chưa có kinh phí"));
        byProvince(4, new CompletionReturned("d1", THOI_BINH, "Thiếu biên bản"));
        readModels.deliver(events);

        List<InboxItem> inbox = queries.handle(new FindInbox(Role.PROVINCE, null, "leader")).items();

        assertThat(inbox).extracting(InboxItem::kind).containsExactly("EXTENSION_REQUESTED", "OBSTACLE_RAISED");
        assertThat(inbox.get(0).text()).isEqualTo("Thiếu nhân sự");
        assertThat(inbox.get(0).details()).containsEntry("proposedDeadline", "2026-04-30");
        assertThat(inbox.get(1).details()).containsEntry("category", "FUNDING");
    }

    @Test
    void anInboxAskedForFewerItemsOrOneDirectiveKeepsTheOldestAndCountsEveryItemOfItsFilter() {
        issue("d1", LANG_TRON, THOI_BINH);
        issue("d2", LANG_TRON, THOI_BINH);
        byCommune(1, LANG_TRON, new ExtensionRequested("d2", LANG_TRON, DEADLINE, LATER, "Thiếu nhân sự"));
        byCommune(2, THOI_BINH, new CompletionSubmitted("d1", THOI_BINH, "Đã hoàn thành 100%"));
        byCommune(3, LANG_TRON, new ObstacleRaised("d1", LANG_TRON, "o1", "FUNDING", "Chưa có kinh phí"));
        byProvince(4, new CommuneUrged("d2", LANG_TRON, "Đề nghị khẩn trương"));
        byProvince(5, new MessagePosted("d1", LANG_TRON, "Bổ sung trước thứ Sáu", true));
        readModels.deliver(events);

        InboxView oldestTwo = queries.handle(new FindInbox(Role.PROVINCE, null, "leader", null, 2));
        assertThat(oldestTwo.items()).extracting(InboxItem::kind).containsExactly("EXTENSION_REQUESTED", "COMPLETION_SUBMITTED");
        assertThat(oldestTwo.total()).isEqualTo(3);
        assertThat(oldestTwo.isLimited()).isTrue();
        assertThat(queries.handle(new FindInbox(Role.PROVINCE, null, "leader", null, 0))).as("the badge's count")
                .isEqualTo(new InboxView(List.of(), 3));
        InboxView ofD1 = queries.handle(new FindInbox(Role.PROVINCE, null, "leader", "d1", null));
        assertThat(ofD1.items()).extracting(InboxItem::kind, InboxItem::commune)
                .containsExactly(tuple("COMPLETION_SUBMITTED", THOI_BINH), tuple("OBSTACLE_RAISED", LANG_TRON));
        assertThat(ofD1.items()).as("the same items as the whole inbox's")
                .isEqualTo(queries.handle(new FindInbox(Role.PROVINCE, null, "leader")).items().stream()
                        .filter(item -> item.directiveId().equals("d1")).toList());
        assertThat(ofD1.total()).isEqualTo(2);
        assertThat(queries.handle(new FindInbox(Role.PROVINCE, null, "leader", "d1", 1)).items()).extracting(InboxItem::kind)
                .containsExactly("COMPLETION_SUBMITTED");
        assertThat(queries.handle(new FindInbox(Role.PROVINCE, null, "leader", "no-such-directive", null)))
                .isEqualTo(new InboxView(List.of(), 0));

        String chair = "chair-" + LANG_TRON;
        InboxView chairs = queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair, null, 1));
        assertThat(chairs.items()).extracting(InboxItem::kind).containsExactly("URGED");
        assertThat(chairs.total()).isEqualTo(2);
        new NotificationReads(readModels.database).markRead(chair, chairs.items().get(0).notificationId());
        assertThat(queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair, null, 0)).total()).as("read answers leave the count")
                .isEqualTo(1);
        assertThat(queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair, "d2", null)).items()).isEmpty();
        assertThat(queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair, "d1", null)).items()).extracting(InboxItem::kind)
                .containsExactly("MESSAGE");
    }

    @Test
    void aWithdrawnDirectiveLeavesTheProvinceInbox() {
        issue("d1", LANG_TRON);
        byCommune(1, LANG_TRON, new ObstacleRaised("d1", LANG_TRON, "o1", "FUNDING", "Chưa có kinh phí"));
        byProvince(2, new DirectiveWithdrawn("d1", "Gộp vào kế hoạch khác"));
        readModels.deliver(events);

        assertThat(queries.handle(new FindInbox(Role.PROVINCE, null, "leader")).items()).isEmpty();
        assertThat(queries.handle(new FindThread("d1", LANG_TRON)).withdrawn()).isTrue();
    }

    @Test
    void aCommuneIsNotifiedOfTheProvincesAnswersAndItsInboxKeepsWhatItHasNotRead() {
        issue("d1", LANG_TRON, THOI_BINH);
        byCommune(1, LANG_TRON, new CompletionSubmitted("d1", LANG_TRON, "Đã hoàn thành"));
        byProvince(2, new CompletionReturned("d1", LANG_TRON, "Thiếu biên bản bàn giao"));
        byProvince(3, new MessagePosted("d1", LANG_TRON, "Bổ sung trước thứ Sáu", true));
        readModels.deliver(events);
        String chair = "chair-" + LANG_TRON;

        List<NotificationView> notifications = queries.handle(new FindNotifications(Role.COMMUNE, LANG_TRON, chair));
        assertThat(notifications).extracting(NotificationView::kind).containsExactly("MESSAGE", "COMPLETION_RETURNED", "ASSIGNED");
        assertThat(notifications).noneMatch(NotificationView::read);

        new NotificationReads(readModels.database).markRead(chair, notifications.get(2).id());
        List<InboxItem> inbox = queries.handle(new FindInbox(Role.COMMUNE, LANG_TRON, chair)).items();

        assertThat(inbox).extracting(InboxItem::kind).containsExactly("COMPLETION_RETURNED", "MESSAGE");
        assertThat(inbox.get(0).text()).isEqualTo("Thiếu biên bản bàn giao");
        assertThat(queries.handle(new FindInbox(Role.COMMUNE, THOI_BINH, "chair-" + THOI_BINH)).items()).as("an assignment is news, not a wait").isEmpty();
        assertThat(queries.handle(new FindNotifications(Role.PROVINCE, null, "leader")))
                .extracting(NotificationView::kind).containsExactly("COMPLETION_SUBMITTED");
    }

    @Test
    void anEventDeliveredTwiceAddsNoSecondEntry() {
        issue("d1", LANG_TRON);
        byCommune(1, LANG_TRON, new MessagePosted("d1", LANG_TRON, "Xin hướng dẫn", false));
        readModels.deliver(events);
        readModels.deliverEach(events.subList(1, events.size()));

        assertThat(queries.handle(new FindThread("d1", LANG_TRON)).entries()).extracting(ThreadEntry::kind)
                .containsExactly("ASSIGNED", "MESSAGE");
    }
}
