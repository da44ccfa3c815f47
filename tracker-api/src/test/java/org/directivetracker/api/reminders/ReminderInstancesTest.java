package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.api.contacts.Contact;
import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.RunReminders;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Whole services on one shared store, delivering e-mail to a real SMTP server in the test JVM: two instances running
 * the same day at once, twice each, deliver each reminder once; an instance stopped after writing the outbox and before
 * delivering leaves the message to the instance that starts after it.
 */
class ReminderInstancesTest {

    static final String LANG_TRON = "31951";
    static final String DAT_MUI = "32248";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static EmbeddedMongo store;
    static GreenMail smtp;

    @BeforeAll
    static void startStoreAndMailServer() {
        store = EmbeddedMongo.startInMemory();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        store.close();
    }

    static ConfigurableApplicationContext instance(String database, boolean delivers) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0",
                "--tracker.mongo.uri=" + store.connectionString() + "/" + database,
                "--tracker.reminders.schedule=false",
                "--tracker.reminders.delivery.enabled=" + delivers,
                "--tracker.reminders.delivery.poll=200ms",
                "--tracker.reminders.delivery.gather=0s",
                "--tracker.reminders.email.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort());
    }

    /** The first working day after next week, and a deadline three working days after it: the 3-day window opens then. */
    static LocalDate[] dayAndDeadline(ConfigurableApplicationContext instance) {
        TimelinessRules rules = instance.getBean(TimelinessRules.class);
        LocalDate day = rules.calendar().plusWorkingDays(LocalDate.now(ProvinceTime.ZONE).plusDays(7), 1);
        return new LocalDate[]{day, rules.calendar().plusWorkingDays(day, 3)};
    }

    static String issue(ConfigurableApplicationContext instance, String commune, LocalDate deadline) {
        String id = UUID.randomUUID().toString();
        Actor leader = Actor.province("leader");
        String requestId = UUID.randomUUID().toString();
        instance.getBean(CommandGateway.class).sendAndWait(new IssueDirective(id, new Title("Rà soát trang thiết bị một cửa"),
                new Description("Thực hiện Công văn số 1234/UBND-VP."), "Công văn số 1234/UBND-VP", "Cải cách hành chính",
                Priority.HIGH, new Deadline(deadline), List.of(new CommuneCode(commune)), leader, requestId),
                Commands.metadataOf(leader, requestId));
        return id;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<ReminderDue> recorded(ConfigurableApplicationContext instance, LocalDate day) {
        return instance.getBean(EventStore.class).readEvents(RunReminders.runIdOf(day)).asStream()
                .map(event -> (ReminderDue) event.getPayload()).toList();
    }

    @Test
    void twoInstancesRunningTheDayTwiceEachDeliverEachReminderOnce() throws Exception {
        try (ConfigurableApplicationContext first = instance("two-instances", true);
             ConfigurableApplicationContext second = instance("two-instances", true)) {
            LocalDate[] dayAndDeadline = dayAndDeadline(first);
            LocalDate day = dayAndDeadline[0];
            String directive = issue(first, LANG_TRON, dayAndDeadline[1]);
            first.getBean(ContactBook.class).save(new Contact(LANG_TRON, "langtron@camau.gov.vn", null, null));
            await("both instances seeing the directive", () ->
                    first.getBean(DueReminders.class).on(day).size() == 1 && second.getBean(DueReminders.class).on(day).size() == 1);

            List<ReminderRuns> runs = List.of(first.getBean(ReminderRuns.class), second.getBean(ReminderRuns.class),
                    first.getBean(ReminderRuns.class), second.getBean(ReminderRuns.class));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(runs.size());
            try {
                List<Future<ReminderRuns.RunReport>> reports = new ArrayList<>();
                for (ReminderRuns run : runs) {
                    reports.add(threads.submit(() -> {
                        go.await();
                        return run.run(day, null);
                    }));
                }
                go.countDown();
                for (Future<ReminderRuns.RunReport> report : reports) {
                    assertThat(report.get(60, TimeUnit.SECONDS).due()).isEqualTo(1);
                }
            } finally {
                threads.shutdownNow();
            }

            List<ReminderDue> recorded = recorded(first, day);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0).directiveId()).isEqualTo(directive);
            assertThat(recorded.get(0).window()).isEqualTo(3);
            await("the reminder's e-mail", () -> !mailsTo("langtron@camau.gov.vn").isEmpty());
            // a second message would come from the other instance's next polls: give it several
            Thread.sleep(2_000);
            assertThat(mailsTo("langtron@camau.gov.vn")).hasSize(1);
            assertThat(first.getBean(ReminderOutbox.class).inState(OutboxEntry.State.SENT)).hasSize(1);
        }
    }

    @Test
    void aReminderInTheOutboxWhenTheInstanceStoppedIsDeliveredAfterTheRestart() throws Exception {
        LocalDate day;
        try (ConfigurableApplicationContext stopped = instance("restart", false)) {
            LocalDate[] dayAndDeadline = dayAndDeadline(stopped);
            day = dayAndDeadline[0];
            issue(stopped, DAT_MUI, dayAndDeadline[1]);
            stopped.getBean(ContactBook.class).save(new Contact(DAT_MUI, "datmui@camau.gov.vn", null, null));
            await("the directive in the views", () -> stopped.getBean(DueReminders.class).on(day).size() == 1);

            stopped.getBean(ReminderRuns.class).run(day, null);

            ReminderOutbox outbox = stopped.getBean(ReminderOutbox.class);
            await("the outbox entry", () -> outbox.inState(OutboxEntry.State.PENDING).size() == 1);
        }
        assertThat(mailsTo("datmui@camau.gov.vn")).as("nothing sent before the stop").isEmpty();

        try (ConfigurableApplicationContext restarted = instance("restart", true)) {
            await("the e-mail after the restart", () -> !mailsTo("datmui@camau.gov.vn").isEmpty());
            assertThat(mailsTo("datmui@camau.gov.vn").get(0).getContent().toString()).contains("Rà soát trang thiết bị một cửa");
            restarted.getBean(ReminderRuns.class).run(day, null);
            Thread.sleep(2_000);
            assertThat(mailsTo("datmui@camau.gov.vn")).as("the day run again after the restart adds nothing").hasSize(1);
        }
    }
}
