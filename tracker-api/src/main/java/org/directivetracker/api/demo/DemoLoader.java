package org.directivetracker.api.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.obstacles.ObstacleCategoryProperties;
import org.directivetracker.api.operations.TrackerProperties;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Loads the demo history in demo mode through the same commands users send, each backdated by setting Axon's event
 * clock to the scenario's moment (the directive reads "now" from it). Runs after Axon has started and before the
 * web server accepts connections (its lifecycle phase lies between the two), so no user's command is ever stamped
 * with a demo time. Idempotent: the scenario's request ids are fixed, so a second load adds no event.
 */
@Component
public class DemoLoader implements SmartLifecycle {
    /** After Axon's configuration (Integer.MAX_VALUE - 3072), before the web server (Integer.MAX_VALUE - 2048). */
    static final int PHASE = Integer.MAX_VALUE - 2560;
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final TrackerProperties properties;
    private final DemoDataProperties demoData;
    private final CommuneDirectory communes;
    private final CommandGateway gateway;
    private final ObstacleCategoryProperties categories;
    private volatile boolean running;

    public DemoLoader(TrackerProperties properties, DemoDataProperties demoData, CommuneDirectory communes,
                      CommandGateway gateway, ObstacleCategoryProperties categories) {
        this.categories = categories;
        this.properties = properties;
        this.demoData = demoData;
        this.communes = communes;
        this.gateway = gateway;
    }

    /** What a load did. */
    public record Result(int commands, int refused) {
    }

    @Override
    public void start() {
        running = true;
        if (properties.demo()) {
            load(LocalDate.now(ProvinceTime.ZONE));
        }
    }

    /** Sends every step of the scenario; a step the directive refuses is logged and counted, the others go on. */
    public synchronized Result load(LocalDate today) {
        List<Commune> province = communes.all();
        List<DemoScenario.Step> steps = DemoScenario.steps(DemoScenarioFile.read(demoData.scenario()), province,
                categories.codes(), today);
        log.info("Demo mode: loading {} commands on {} communes (already loaded ones add nothing)", steps.size(), province.size());
        long started = System.nanoTime();
        int refused = 0;
        Clock realClock = GenericEventMessage.clock;
        try {
            for (DemoScenario.Step step : steps) {
                GenericEventMessage.clock = Clock.fixed(step.at(), ZoneOffset.UTC);
                try {
                    gateway.sendAndWait(step.command(), Commands.metadataOf(step.command().actor(), step.command().requestId()));
                } catch (RuntimeException e) {
                    refused++;
                    log.warn("Demo step refused: {} on {}: {}", step.command().getClass().getSimpleName(),
                            step.command().directiveId(), e.getMessage());
                }
            }
            for (DemoMeetings.Step step : DemoMeetings.steps(province, today)) {
                GenericEventMessage.clock = Clock.fixed(step.at(), ZoneOffset.UTC);
                try {
                    gateway.sendAndWait(step.command(), Commands.metadataOf(step.command().actor(), step.command().requestId()));
                } catch (RuntimeException e) {
                    refused++;
                    log.warn("Demo step refused: {} on {}: {}", step.command().getClass().getSimpleName(),
                            step.command().meetingId(), e.getMessage());
                }
            }
        } finally {
            GenericEventMessage.clock = realClock;
        }
        log.info("Demo mode: {} commands in {} ms, {} refused", steps.size(), (System.nanoTime() - started) / 1_000_000, refused);
        return new Result(steps.size(), refused);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
