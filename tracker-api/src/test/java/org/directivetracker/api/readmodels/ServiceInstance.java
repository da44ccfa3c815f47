package org.directivetracker.api.readmodels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.PostMessage;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.eventstore.checkpoint.CheckpointKeys;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;

/**
 * One instance of the service in its own application context, on a store it shares with others: its commands, its
 * HTTP interface (every account's password is {@value #PASSWORD}), its processors, and an abrupt death.
 */
final class ServiceInstance {

    static final String PASSWORD = "office-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final ServletWebServerApplicationContext context;
    private final CommandGateway gateway;
    private final Given given;
    private volatile boolean alive = true;

    private ServiceInstance(String name, ServletWebServerApplicationContext context) {
        this.name = name;
        this.context = context;
        this.gateway = context.getBean(CommandGateway.class);
        this.given = new Given(gateway);
    }

    /** Starts an instance on the MongoDB at {@code uri}, its claims timing out after 5 s, its aliases re-read often. */
    static ServiceInstance start(String name, String uri, Path dataDir) throws IOException {
        Path keys = dataDir.resolve("keys");
        if (!Files.exists(keys.resolve(CheckpointKeys.PRIVATE_FILE))) {
            CheckpointKeys.generate(keys);
        }
        ServletWebServerApplicationContext context = (ServletWebServerApplicationContext) new SpringApplicationBuilder(TrackerApplication.class)
                .run(
                        "--server.port=0",
                        "--tracker.mongo.uri=" + uri,
                        "--tracker.data-dir=" + dataDir.resolve(name),
                        "--tracker.checkpoints.directory=" + keys.resolve("checkpoints"),
                        "--tracker.checkpoints.public-key=" + keys.resolve(CheckpointKeys.PUBLIC_FILE),
                        "--tracker.checkpoints.signing-key=" + keys.resolve(CheckpointKeys.PRIVATE_FILE),
                        // spelled as the operations guide spells it; Spring binds it to tracker.read-models.claim-timeout
                        "--tracker.readmodels.claim-timeout=5s",
                        "--tracker.read-models.alias-refresh=200ms",
                        "--tracker.read-models.catch-up-timeout=2s",
                        "--tracker.store.gap-timeout-seconds=5",
                        "--tracker.accounts[0].name=office",
                        "--tracker.accounts[0].password-hash=" + ApiTest.OFFICE_HASH,
                        "--tracker.accounts[0].role=PROVINCE",
                        "--tracker.accounts[1].name=chair-31951",
                        "--tracker.accounts[1].password-hash=" + ApiTest.OFFICE_HASH,
                        "--tracker.accounts[1].role=COMMUNE",
                        "--tracker.accounts[1].commune=31951");
        return new ServiceInstance(name, context);
    }

    boolean isAlive() {
        return alive;
    }

    /**
     * Dies as a killed process does, as far as the store can tell: its connections go first, so that nothing it does
     * while stopping (releasing its claims, finishing a batch) reaches the store; then the rest stops.
     */
    void die() {
        alive = false;
        context.getBean(MongoClient.class).close();
        stop();
    }

    void stop() {
        alive = false;
        if (context.isActive()) {
            context.close();
        }
    }

    List<String> readModels() {
        return context.getBean(ReadModelRoom.class).names();
    }

    /** The read models whose processor holds its segment on this instance. */
    List<String> heldSegments() {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        return readModels().stream().filter(readModel -> processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty()).orElse(false)).toList();
    }

    Duration claimTimeout() {
        return context.getBean(ReadModelProperties.class).claimTimeout();
    }

    String prefixOf(String readModel) {
        return context.getBean(ReadModelRoom.class).find(readModel).orElseThrow().collections().prefix();
    }

    String issue(String commune) {
        return given.issued(commune);
    }

    void acknowledge(String directive, String commune) {
        send(new AcknowledgeDirective(directive, new CommuneCode(commune), Given.chair(commune), UUID.randomUUID().toString()));
    }

    void postMessage(String directive, String commune, String text) {
        send(new PostMessage(directive, new CommuneCode(commune), new Note(text), Given.chair(commune), UUID.randomUUID().toString()));
    }

    String raiseObstacle(String directive, String commune, String description) {
        String obstacle = UUID.randomUUID().toString();
        send(new RaiseObstacle(directive, new CommuneCode(commune), obstacle, new ObstacleCategory("EQUIPMENT"),
                new Description(description), Given.chair(commune), UUID.randomUUID().toString()));
        return obstacle;
    }

    void reportProgress(String directive, String commune, int percent) {
        send(new ReportProgress(directive, new CommuneCode(commune), new Percent(percent), new Note("Tiến độ " + percent),
                Given.chair(commune), UUID.randomUUID().toString()));
    }

    private void send(DirectiveCommand command) {
        gateway.sendAndWait(command, Commands.metadataOf(command.actor(), command.requestId()));
    }

    /** An HTTP answer: status, body parsed as JSON where it is JSON, headers. */
    record Answer(int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer get(String account, String path) {
        return send(request(account, path).GET().build());
    }

    Answer getAfter(String account, String path, String token) {
        return send(request(account, path).header(ConsistencyTokens.AFTER, token).GET().build());
    }

    Answer post(String account, String path, String json) {
        HttpRequest.Builder request = request(account, path);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    /** Asks until the answer shows what is expected; fails after {@code patience}. */
    Answer eventually(String account, String path, Predicate<Answer> shows, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Answer answer = get(account, path);
        while (answer.status() != 200 || !shows.test(answer)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(name + " did not show it within " + patience + " at " + path + ": " + answer.status()
                        + " " + answer.body());
            }
            pause();
            answer = get(account, path);
        }
        return answer;
    }

    void eventually(BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(name + ": not so within " + patience);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String account, String path) {
        String credentials = Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.getWebServer().getPort() + path))
                .timeout(Duration.ofSeconds(90)).header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response.body(), json, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
