package org.directivetracker.api.demo;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.directivetracker.api.operations.DirectoryCommuneRegistry;
import org.directivetracker.api.obstacles.ObstacleCategoryProperties;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.value.ProvinceTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo province: loaded once at start through commands, backdated, complete, and not loaded twice. */
class DemoDataTest extends ApiTest {
    @Autowired
    private ObstacleCategoryProperties configuredCategories;
    private static final int DIRECTIVES = 24;

    @Autowired
    private DemoLoader loader;
    @Autowired
    private DirectoryCommuneRegistry registry;

    private List<DomainEventMessage<?>> allDemoEvents() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        IntStream.rangeClosed(1, DIRECTIVES).mapToObj(DemoScenario::directiveId).forEach(id -> events.addAll(stream(id)));
        return events;
    }

    @Test
    void theRegistryHasTheProvincesSixtyFourCommunes() {
        assertThat(registry.size()).isEqualTo(64);
    }

    @Test
    void aSecondLoadAddsNoEvent() {
        int before = allDemoEvents().size();

        DemoLoader.Result again = loader.load(LocalDate.now(ProvinceTime.ZONE));

        assertThat(before).isGreaterThanOrEqualTo(again.commands());
        assertThat(again.refused()).isZero();
        assertThat(allDemoEvents()).hasSize(before);
    }

    @Test
    void theHistoryIsBackdatedRealisticAndCoversEveryKindOfReport() {
        List<DomainEventMessage<?>> events = allDemoEvents();
        List<Object> payloads = events.stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();

        assertThat(events.get(0).getTimestamp()).isBefore(Instant.now().minusSeconds(30L * 24 * 3600));
        assertThat(events).allSatisfy(event -> assertThat(event.getTimestamp()).isBefore(Instant.now()));
        assertThat(events).allSatisfy(event -> assertThat(event.getMetaData()).containsKeys("account", "role", "requestId"));
        Set<String> categories = payloads.stream().filter(ObstacleRaised.class::isInstance)
                .map(event -> ((ObstacleRaised) event).category()).collect(Collectors.toSet());
        assertThat(categories).as("every configured category").containsExactlyInAnyOrderElementsOf(configuredCategories.codes());
        assertThat(payloads).hasAtLeastOneElementOfType(ExtensionGranted.class).hasAtLeastOneElementOfType(ExtensionDenied.class)
                .hasAtLeastOneElementOfType(CompletionAccepted.class).hasAtLeastOneElementOfType(CompletionReturned.class)
                .hasAtLeastOneElementOfType(DirectiveWithdrawn.class).hasAtLeastOneElementOfType(DirectiveClosed.class)
                .hasAtLeastOneElementOfType(ObstacleReferred.class).hasAtLeastOneElementOfType(ObstacleAnswered.class)
                .hasAtLeastOneElementOfType(ObstacleEscalated.class);
        assertThat(payloads.stream().filter(ObstacleReferred.class::isInstance)
                .map(event -> ((ObstacleReferred) event).answerBy()))
                .as("some referrals are past their answer-by date, for the dashboard to name the late departments")
                .anySatisfy(answerBy -> assertThat(answerBy).isBefore(LocalDate.now(ProvinceTime.ZONE)));
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        List<LocalDate> deadlines = payloads.stream().filter(CommuneAssigned.class::isInstance)
                .map(event -> ((CommuneAssigned) event).deadline()).toList();
        assertThat(deadlines).anySatisfy(deadline -> assertThat(deadline).isBefore(today));
        assertThat(deadlines).anySatisfy(deadline -> assertThat(deadline).isBetween(today, today.plusDays(3)));
        assertThat(payloads.stream().filter(CommuneAssigned.class::isInstance).map(event -> ((CommuneAssigned) event).communeCode())
                .collect(Collectors.toSet())).hasSize(64);
    }

    @Test
    void theDemoAccountsSignInAndActForTheirCommune() {
        String id = given.issued("32248");

        Answer chair = http.post("chair-32248", "/api/directives/" + id + "/communes/32248/acknowledge", null);

        assertThat(chair.status()).isEqualTo(200);
        assertThat(stream(id).get(stream(id).size() - 1).getMetaData()).containsEntry("account", "chair-32248");
        // signed in (a refused sign-in stays 401); 200 once the views were read after the start
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("auditor", "/actuator/health").status() == 200);
    }
}
