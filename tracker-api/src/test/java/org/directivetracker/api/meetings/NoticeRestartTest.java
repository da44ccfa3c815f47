package org.directivetracker.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.api.meetings.MeetingRequests.ConclusionRequest;
import org.directivetracker.api.meetings.MeetingRequests.NewDirectiveRequest;
import org.directivetracker.api.meetings.MeetingRequests.NoticeRequest;
import org.directivetracker.api.meetings.MeetingRequests.ScheduleRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionNoticeIssued.DirectiveToIssue;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service stops after a notice is stored and before all its directives are issued (here: after the first of two),
 * and a service started on the same store issues the missing one, and the first never again.
 */
class NoticeRestartTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Actor LEADER = Actor.province("leader");

    static EmbeddedMongo store;

    @BeforeAll
    static void startStore() {
        store = EmbeddedMongo.startInMemory();
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0",
                "--tracker.mongo.uri=" + store.connectionString() + "/notice-restart",
                "--tracker.reminders.schedule=false");
    }

    /**
     * Lets the first directive that this thread (the leader's request) issues from a conclusion through; every later one
     * fails as if the process died there, and so does every one the conclusions' processor sends: the processor sends
     * them inside its batch, whose failure at the second would undo the first, so the directive let through must be the
     * request's for exactly one to be stored.
     */
    static MessageDispatchInterceptor<CommandMessage<?>> stopAfterFirstConclusionDirective(AtomicInteger passed) {
        Thread request = Thread.currentThread();
        return messages -> (index, command) -> {
            if (command.getPayload() instanceof IssueDirective issue && issue.origin() != null
                    && (Thread.currentThread() != request || passed.incrementAndGet() > 1)) {
                throw new IllegalStateException("the process stops here");
            }
            return command;
        };
    }

    static NewDirectiveRequest newDirective(String title, String... communes) {
        return new NewDirectiveRequest(title, "Các xã thực hiện và báo cáo về tỉnh.",
                LocalDate.now(ProvinceTime.ZONE).plusDays(30), List.of(communes));
    }

    static RequestId fresh() {
        return new RequestId(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    static List<DirectiveIssued> issuedEvents(ConfigurableApplicationContext instance, String directiveId) {
        return instance.getBean(EventStore.class).readEvents(directiveId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(DirectiveIssued.class::isInstance).map(DirectiveIssued.class::cast).toList();
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

    @Test
    void aServiceStoppedBetweenTheNoticeAndItsDirectivesIssuesEachOnceAfterTheRestart() throws Exception {
        String meetingId;
        List<String> directiveIds;
        try (ConfigurableApplicationContext stopped = instance()) {
            AtomicInteger passed = new AtomicInteger();
            stopped.getBean(CommandBus.class).registerDispatchInterceptor(stopAfterFirstConclusionDirective(passed));
            MeetingActions actions = stopped.getBean(MeetingActions.class);
            meetingId = actions.schedule(new ScheduleRequest("Giao ban tháng 12", Instant.now().plus(1, ChronoUnit.HOURS),
                    List.of("31951", "32248", "32025")), LEADER, fresh());
            actions.recordConclusion(meetingId, new ConclusionRequest("Giao rà soát hộ nghèo.", null, null, null,
                    newDirective("Rà soát hộ nghèo cuối năm", "31951", "32248"), null), LEADER, fresh());
            actions.recordConclusion(meetingId, new ConclusionRequest("Giao kiểm tra trường học.", null, null, null,
                    newDirective("Kiểm tra cơ sở vật chất trường học", "32025"), null), LEADER, fresh());

            assertThatThrownBy(() -> actions.issueNotice(meetingId, new NoticeRequest("130/TB-UBND"), LEADER, fresh()))
                    .hasMessageContaining("the process stops here");
            // the notice is stored, the request issued one directive and not the other
            await("the first directive", () -> passed.get() >= 2);
            directiveIds = stopped.getBean(EventStore.class).readEvents(meetingId).asStream()
                    .map(DomainEventMessage::getPayload).filter(ConclusionNoticeIssued.class::isInstance)
                    .map(ConclusionNoticeIssued.class::cast)
                    .flatMap(notice -> notice.directives().stream().map(DirectiveToIssue::directiveId)).toList();
            assertThat(directiveIds).hasSize(2);
            // stored by the request before its answer; the processor may still be retrying its batch
            List<String> toIssue = directiveIds;
            await("the first directive stored", () -> toIssue.stream().mapToInt(id -> issuedEvents(stopped, id).size()).sum() >= 1);
            assertThat(directiveIds.stream().mapToInt(id -> issuedEvents(stopped, id).size()).sum()).isEqualTo(1);
        }

        try (ConfigurableApplicationContext restarted = instance()) {
            await("both directives after the restart", () ->
                    directiveIds.stream().allMatch(id -> !issuedEvents(restarted, id).isEmpty()));
            // give a second issuing every chance to happen before counting
            Thread.sleep(2_000);
            for (String directiveId : directiveIds) {
                List<DirectiveIssued> issued = issuedEvents(restarted, directiveId);
                assertThat(issued).as(directiveId).hasSize(1);
                assertThat(issued.get(0).origin().meetingId()).isEqualTo(meetingId);
            }
        }
    }
}
