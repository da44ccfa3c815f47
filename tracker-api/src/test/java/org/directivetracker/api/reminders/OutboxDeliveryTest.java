package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.directivetracker.api.contacts.Contact;
import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.api.contacts.ContactRecipients;
import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox delivered on real channels: a real SMTP server in the test JVM (GreenMail), and a recording HTTP server
 * standing in for the Zalo OA and SMS gateway APIs, failing on demand.
 */
class OutboxDeliveryTest {

    static final String LANG_TRON = "31951";
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    /** 09:00 on Monday 7/12/2026 in Ca Mau. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T02:00:00Z");
    static final ReminderProperties.Retry THREE_TRIES = new ReminderProperties.Retry(3, Duration.ofMinutes(1));

    final MovableClock clock = new MovableClock(MONDAY_MORNING);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    EmbeddedMongo store;
    MongoClient client;
    ReminderOutbox outbox;
    ContactBook contacts;
    /** The accounts bound to each code, as the local accounts would say. */
    final Map<String, List<String>> accounts = new java.util.HashMap<>(Map.of(LANG_TRON, List.of("chair-" + LANG_TRON, "officer-" + LANG_TRON)));
    GreenMail smtp;
    RecordingHttpServer zaloApi;

    @BeforeEach
    void start() throws Exception {
        store = EmbeddedMongo.startInMemory();
        client = MongoClients.create(store.connectionString());
        MongoDatabase database = client.getDatabase("outbox");
        outbox = new ReminderOutbox(database);
        contacts = new ContactBook(database);
        contacts.save(new Contact(LANG_TRON, "vanphong.langtron@camau.gov.vn", "0912345678", "zalo-8841"));
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        zaloApi = new RecordingHttpServer();
    }

    @AfterEach
    void stop() {
        zaloApi.close();
        smtp.stop();
        client.close();
        store.close();
    }

    OutboxDelivery delivery(DeliveryChannel... channels) throws Exception {
        Map<Channel, DeliveryChannel> byChannel = new EnumMap<>(Channel.class);
        for (DeliveryChannel channel : channels) {
            byChannel.put(channel.channel(), channel);
        }
        return new OutboxDelivery(outbox, byChannel, new ContactRecipients(contacts, code -> accounts.getOrDefault(code, List.of())), messages(),
                Duration.ofMinutes(2), clock, meters);
    }

    static ReminderMessages messages() throws Exception {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("messages", "i18n/reminders");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        try (InputStream communes = OutboxDeliveryTest.class.getResourceAsStream("/ca-mau-communes.csv");
             InputStream departments = OutboxDeliveryTest.class.getResourceAsStream("/ca-mau-departments.csv")) {
            return new ReminderMessages(bundle, CommuneDirectory.fromCsv(communes), DepartmentDirectory.fromCsv(departments));
        }
    }

    EmailDelivery email() {
        return email("nhac-viec@camau.gov.vn");
    }

    EmailDelivery email(String from) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new EmailDelivery(sender, new ReminderProperties.Email(true, from, THREE_TRIES));
    }

    HttpDelivery zalo(Duration timeout) {
        return new HttpDelivery(Channel.ZALO, new ReminderProperties.Http(true, zaloApi.uri(), "oa-token-123", "access_token",
                "{\"recipient\":{\"user_id\":\"{recipient}\"},\"message\":{\"text\":\"{text}\"},\"tracking_id\":\"{key}\"}",
                timeout, THREE_TRIES), Contact::zaloId);
    }

    static ReminderDue due(String directiveId, String title, ReminderKind kind, int window, LocalDate deadline) {
        return ReminderDue.of(new Reminder(directiveId, title, LANG_TRON, kind, window, deadline), MONDAY);
    }

    @Test
    void canDeliverAReferralsReminderToTheDepartmentAndNotToTheCommune() throws Exception {
        contacts.save(new Contact("SXD", "vanphong.sxd@camau.gov.vn", null, null));
        ReminderDue late = ReminderDue.of(Reminder.referralOverdue("d-1", "Rà soát trang thiết bị", LANG_TRON, "o-1", "SXD", 1,
                LocalDate.of(2026, 12, 4)), MONDAY);
        outbox.add(late, Channel.EMAIL, MONDAY_MORNING);

        assertThat(delivery(email()).deliverReady()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("vanphong.sxd@camau.gov.vn");
        assertThat(received[0].getSubject()).isEqualTo("[Nhắc việc] Sở Xây dựng: 1 vướng mắc quá hạn trả lời");
        assertThat(received[0].getContent().toString())
                .startsWith("Kính gửi Sở Xây dựng,")
                .contains("Vướng mắc của phường Láng Tròn về nhiệm vụ \"Rà soát trang thiết bị\" (hạn trả lời 04/12/2026): "
                        + "đã quá hạn 1 ngày làm việc.");
    }

    @Test
    void canReachTheCommunesOfficeAndTheOwnAddressOfItsChairButNotAnAccountWithout() throws Exception {
        contacts.save(Contact.ofAccount("chair-" + LANG_TRON, "chutich.langtron@camau.gov.vn", null, null));
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);

        assertThat(delivery(email()).deliverReady()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("vanphong.langtron@camau.gov.vn", "chutich.langtron@camau.gov.vn");
        assertThat(received).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
        assertThat(outbox.inState(OutboxEntry.State.SENT)).singleElement()
                .satisfies(entry -> assertThat(entry.deliveredTo()).containsExactly(LANG_TRON, "account:chair-" + LANG_TRON));
    }

    @Test
    void cannotWriteAgainToARecipientAlreadyReachedWhenAnotherFailedAndIsRetried() throws Exception {
        contacts.save(Contact.ofAccount("chair-" + LANG_TRON, null, null, "zalo-chair"));
        zaloApi.answer(200, 500);
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.ZALO, MONDAY_MORNING);
        OutboxDelivery delivery = delivery(zalo(Duration.ofSeconds(2)));

        assertThat(delivery.deliverReady()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(delivery.deliverReady()).isEqualTo(1);

        List<RecordingHttpServer.Request> requests = zaloApi.requests();
        assertThat(requests).extracting(RecordingHttpServer.Request::body)
                .satisfiesExactly(office -> assertThat(office).contains("\"user_id\":\"zalo-8841\""),
                        chair -> assertThat(chair).contains("\"user_id\":\"zalo-chair\""),
                        chairAgain -> assertThat(chairAgain).contains("\"user_id\":\"zalo-chair\""));
        assertThat(requests.get(2).header("Idempotency-Key")).isEqualTo(requests.get(1).header("Idempotency-Key"))
                .isNotEqualTo(requests.get(0).header("Idempotency-Key")).endsWith("/account:chair-" + LANG_TRON);
    }

    @Test
    void cannotReachAnAccountWhoseContactWasErased() throws Exception {
        contacts.save(Contact.ofAccount("chair-" + LANG_TRON, "chutich.langtron@camau.gov.vn", null, null));
        contacts.erase(Contact.accountKey("chair-" + LANG_TRON));
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);

        assertThat(delivery(email()).deliverReady()).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactly("vanphong.langtron@camau.gov.vn");
    }

    @Test
    void theSendersVietnameseNameArrivesWhole() throws Exception {
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);

        assertThat(delivery(email("Văn phòng UBND tỉnh Cà Mau <nhac-viec@camau.gov.vn>")).deliverReady()).isEqualTo(1);

        InternetAddress from = (InternetAddress) smtp.getReceivedMessages()[0].getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Văn phòng UBND tỉnh Cà Mau");
        assertThat(from.getAddress()).isEqualTo("nhac-viec@camau.gov.vn");
    }

    @Test
    void canDeliverAReminderByEmailInVietnameseAndReadItBack() throws Exception {
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);

        assertThat(delivery(email()).deliverReady()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("vanphong.langtron@camau.gov.vn");
        assertThat(received[0].getSubject()).isEqualTo("[Nhắc việc] Láng Tròn: 1 nhiệm vụ cần xử lý");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getContent().toString())
                .startsWith("Kính gửi Ủy ban nhân dân phường Láng Tròn,")
                .contains("Rà soát trang thiết bị (hạn 10/12/2026): còn 3 ngày làm việc.");
        assertThat(received[0].getMessageID()).contains("2026-12-07.31951.EMAIL");
        assertThat(outbox.inState(OutboxEntry.State.SENT)).hasSize(1);
    }

    @Test
    void canSendSeveralRemindersOfACommuneDayAsOneDigest() throws Exception {
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);
        outbox.add(due("d-2", "Báo cáo chuyển đổi số", ReminderKind.OVERDUE, 1, LocalDate.of(2026, 12, 4)), Channel.EMAIL, MONDAY_MORNING);

        delivery(email()).deliverReady();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        String body = smtp.getReceivedMessages()[0].getContent().toString();
        assertThat(body).contains("Rà soát trang thiết bị (hạn 10/12/2026): còn 3 ngày làm việc.")
                .contains("Báo cáo chuyển đổi số (hạn 04/12/2026): đã quá hạn 1 ngày làm việc.");
    }

    @Test
    void cannotAddAReminderTwiceWhenItsEventIsDeliveredAgain() throws Exception {
        ReminderDue due = due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10));
        outbox.add(due, Channel.EMAIL, MONDAY_MORNING);
        delivery(email()).deliverReady();

        outbox.add(due, Channel.EMAIL, MONDAY_MORNING);

        assertThat(delivery(email()).deliverReady()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void canSendALaterReminderOfTheSameDayOnItsOwnOnceTheDigestWentOut() throws Exception {
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);
        delivery(email()).deliverReady();

        outbox.add(due("d-2", "Báo cáo chuyển đổi số", ReminderKind.OVERDUE, 1, LocalDate.of(2026, 12, 4)), Channel.EMAIL, MONDAY_MORNING);
        delivery(email()).deliverReady();

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[1].getContent().toString()).contains("Báo cáo chuyển đổi số");
    }

    /** The entries of Monday that a poll reads (the outbox's mark of its take-over names none). */
    private static long waitingEntries(MongoDatabase database) {
        return database.getCollection(ReminderOutbox.WAITING).countDocuments(Filters.regex("_id", "^" + MONDAY + "/"));
    }

    @Test
    void canPollOnlyTheEntriesStillToSendAndTakeOverThoseOfAnOutboxWrittenBefore() throws Exception {
        MongoDatabase database = client.getDatabase("outbox");
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);
        assertThat(waitingEntries(database)).isEqualTo(1);
        delivery(email()).deliverReady();
        assertThat(waitingEntries(database)).as("a sent entry is polled no more").isZero();

        outbox.add(due("d-2", "Báo cáo chuyển đổi số", ReminderKind.OVERDUE, 1, LocalDate.of(2026, 12, 4)), Channel.EMAIL, MONDAY_MORNING);
        database.getCollection(ReminderOutbox.WAITING).drop(); // as an outbox written before the ids were kept apart
        outbox = new ReminderOutbox(database);

        assertThat(delivery(email()).deliverReady()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[1].getContent().toString()).contains("Báo cáo chuyển đổi số");
        assertThat(waitingEntries(database)).isZero();
    }

    @Test
    void canRetryZaloAfterAServerErrorOnceTheBackoffPassed() throws Exception {
        zaloApi.answer(500);
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.ZALO, MONDAY_MORNING);
        OutboxDelivery delivery = delivery(zalo(Duration.ofSeconds(2)));

        assertThat(delivery.deliverReady()).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(delivery.deliverReady()).as("not before the backoff of a minute").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(delivery.deliverReady()).isEqualTo(1);

        List<RecordingHttpServer.Request> requests = zaloApi.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).header("access_token")).isEqualTo("oa-token-123");
        assertThat(requests.get(1).header("Idempotency-Key")).isEqualTo(requests.get(0).header("Idempotency-Key"));
        assertThat(requests.get(1).body()).contains("\"user_id\":\"zalo-8841\"")
                .contains("UBND tỉnh Cà Mau nhắc: Rà soát trang thiết bị (hạn 10/12/2026): còn 3 ngày làm việc.");
        assertThat(meters.counter("tracker.reminders.deliveries", "channel", "ZALO", "outcome", "retried").count()).isEqualTo(1);
    }

    @Test
    void canFailADeliveryForGoodAfterTheLastTryAndShowIt() throws Exception {
        zaloApi.answer(RecordingHttpServer.TIMEOUT, 500, 503);
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.ZALO, MONDAY_MORNING);
        OutboxDelivery delivery = delivery(zalo(Duration.ofMillis(500)));

        for (int pass = 0; pass < 3; pass++) {
            delivery.deliverReady();
            clock.advance(Duration.ofMinutes(10));
        }

        List<OutboxEntry> failed = outbox.inState(OutboxEntry.State.FAILED);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).attempts()).isEqualTo(3);
        assertThat(failed.get(0).lastError()).contains("HTTP 503").doesNotContain("zalo-8841");
        assertThat(zaloApi.requests()).hasSize(3);
        assertThat(meters.counter("tracker.reminders.deliveries", "channel", "ZALO", "outcome", "failed").count()).isEqualTo(1);
        assertThat(meters.get("tracker.reminders.failed").gauge().value()).isEqualTo(1);
        assertThat(delivery.deliverReady()).as("a failed entry is not tried again").isZero();
    }

    @Test
    void cannotWriteToAContactThatWasErased() throws Exception {
        contacts.erase(LANG_TRON);
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL, MONDAY_MORNING);

        delivery(email()).deliverReady();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(outbox.inState(OutboxEntry.State.NO_CONTACT)).hasSize(1);
    }

    @Test
    void cannotSendBeforeTheEntrysTime() throws Exception {
        outbox.add(due("d-1", "Rà soát trang thiết bị", ReminderKind.DUE_SOON, 3, LocalDate.of(2026, 12, 10)), Channel.EMAIL,
                MONDAY_MORNING.plus(Duration.ofHours(1)));

        assertThat(delivery(email()).deliverReady()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(delivery(email()).deliverReady()).isEqualTo(1);
    }
}
