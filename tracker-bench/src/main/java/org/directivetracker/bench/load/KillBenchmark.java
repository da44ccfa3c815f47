package org.directivetracker.bench.load;

import org.directivetracker.bench.load.AcknowledgedWrites.Kind;
import org.directivetracker.bench.load.AcknowledgedWrites.Write;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durability under {@code kill -9}, from outside: the packaged service on the embedded store (or on
 * {@code TRACKER_MONGO_URI}), chairs writing progress reports and obstacles and the leader issuing directives, the
 * process killed with SIGKILL after a random 2 to {@code --kill-within} (15) seconds, {@code --verify-all} run on the
 * store, the service restarted, and every write it had acknowledged (a 2xx answer) looked for in its directive's history and in the views. Repeated
 * for the rounds asked; the service runs without demo data, with the accounts written beside its store. Run:
 * <pre>
 * tracker-bench/run.sh kill --rounds=20 --writers=4 --kill-within=15
 * </pre>
 */
public final class KillBenchmark {

    private KillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        if (options.url() != null) {
            throw new IllegalArgumentException("the kill run starts and kills the service itself: --url is not for it");
        }
        Path dataDir = TrackerProcess.freshDataDir("kill-bench");
        List<String> communes = communes();
        Path accounts = writeAccounts(dataDir.resolveSibling("accounts.yml"), options, communes);
        // speed is not measured here: the client compiler alone starts the service sooner on a busy machine
        TrackerProcess service = new TrackerProcess(options.jar(), dataDir, options.serviceHeap(),
                options.serviceJvmOr("-XX:TieredStopAtLevel=1"), List.of("--spring.config.additional-location=file:" + accounts),
                Duration.ofMinutes(options.startWithin()));
        System.out.printf("kill run of %s: %d rounds, %d writers, the %s; load average %.1f%n", Instant.now(),
                options.rounds(), options.writers(), service.store(), LoadBenchmark.loadAverage());
        System.out.printf("service up in %.0f s (log %s)%n", service.start(), service.logFile());
        TrackerHttp http = new TrackerHttp(service.url(), options.password(), null);
        Province province = new Province(communes, 0, Integer.MAX_VALUE);
        for (int i = 0; i < 4; i++) {
            issue(http, province, options.leader());
        }
        AcknowledgedWrites checker = new AcknowledgedWrites(http, options.leader(), options.auditor());
        List<Write> everyAcknowledged = new ArrayList<>();
        int lostTotal = 0;
        int intactRounds = 0;
        try {
            for (int round = 1; round <= options.rounds(); round++) {
                RoundResult result = round(service, http, province, options);
                TrackerProcess.Verification verification = service.verifyAll();
                double restart = service.start();
                AcknowledgedWrites.Found found = checker.check(result.acknowledged());
                int inFlightStored = result.unanswered().size() - checker.missingFromHistory(result.unanswered()).size();
                everyAcknowledged.addAll(result.acknowledged());
                int lost = result.acknowledged().size() - found.inHistory();
                lostTotal += lost;
                intactRounds += verification.status() == 0 ? 1 : 0;
                System.out.printf("round %d: killed after %.1f s; acknowledged %d (%s); unanswered at the kill %d, of which stored %d;"
                                  + " --verify-all exit %d (%s); restarted in %.0f s; in history %d, in views %d (within %.0f s);"
                                  + " lost %d%n", round, result.killedAfter(), result.acknowledged().size(),
                        byKind(result.acknowledged()), result.unanswered().size(), inFlightStored, verification.status(),
                        verification.verdict(), restart, found.inHistory(), found.inViews(), found.viewsSeconds(), lost);
                found.missingFromHistory().forEach(write -> System.out.println("  LOST: " + write));
                if (verification.status() != 0) {
                    System.out.println(verification.output());
                }
            }
            AcknowledgedWrites.Found all = checker.check(everyAcknowledged);
            System.out.printf("%nover %d rounds: acknowledged %d, found in history %d, in views %d, lost %d;"
                              + " --verify-all intact after %d of %d kills; load average %.1f%n", options.rounds(),
                    everyAcknowledged.size(), all.inHistory(), all.inViews(), lostTotal, intactRounds, options.rounds(),
                    LoadBenchmark.loadAverage());
        } finally {
            service.stop();
        }
    }

    private record RoundResult(double killedAfter, List<Write> acknowledged, List<Write> unanswered) {
    }

    /** Writers and the issuing leader run until the kill at a random instant; answers after it count as unanswered. */
    private static RoundResult round(TrackerProcess service, TrackerHttp http, Province province, LoadOptions options)
            throws InterruptedException {
        List<Write> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Write> unanswered = Collections.synchronizedList(new ArrayList<>());
        Running running = new Running();
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < options.writers(); i++) {
            writers.add(LoadBenchmark.started("kill-writer-" + i, () -> {
                while (running.on()) {
                    chairWrite(http, province, acknowledged, unanswered, killedAt);
                }
            }));
        }
        writers.add(LoadBenchmark.started("kill-leader", () -> {
            while (running.on()) {
                Map<String, Object> directive = province.newDirective();
                TrackerHttp.Answer answer = http.post(null, options.leader(), "/api/directives", directive);
                if (answer.ok()) {
                    String id = answer.json().path("id").asText();
                    province.issued(id, LocalDate.parse((String) directive.get("deadline")));
                    acknowledged.add(new Write(Kind.DIRECTIVE, id, null, id, null));
                }
                CommuneChairs.sleep(1000);
            }
        }));
        double killAfter = ThreadLocalRandom.current().nextDouble(2, Math.max(3, options.killWithin()));
        Thread.sleep((long) (killAfter * 1000));
        killedAt.set(System.nanoTime());
        service.kill();
        running.stop();
        for (Thread writer : writers) {
            writer.join(120_000);
        }
        return new RoundResult(killAfter, List.copyOf(acknowledged), List.copyOf(unanswered));
    }

    /**
     * A progress report (nine in ten) or an obstacle on a random assignment, its unique mark recorded with its answer;
     * one sent before the kill that got no answer is in flight: it may or may not be stored.
     */
    private static void chairWrite(TrackerHttp http, Province province, List<Write> acknowledged, List<Write> unanswered,
                                   AtomicLong killedAt) {
        long sent = System.nanoTime();
        List<String> communes = province.communes();
        String commune = communes.get(ThreadLocalRandom.current().nextInt(communes.size()));
        String directive = province.anyDirective();
        String mark = province.uniqueMark();
        String path = "/api/directives/" + directive + "/communes/" + commune;
        boolean obstacle = ThreadLocalRandom.current().nextInt(10) == 0;
        TrackerHttp.Answer answer = obstacle
                ? http.post(null, "chair-" + commune, path + "/obstacles", Map.of("category", "EQUIPMENT", "description", "Hư hỏng " + mark))
                : http.post(null, "chair-" + commune, path + "/progress",
                        Map.of("percent", ThreadLocalRandom.current().nextInt(1, 100), "note", "Tiến độ " + mark));
        Kind kind = obstacle ? Kind.OBSTACLE : Kind.PROGRESS;
        if (answer.ok()) {
            acknowledged.add(new Write(kind, directive, commune, mark, obstacle ? answer.json().path("obstacleId").asText() : null));
        } else if (answer.status() == 0 && sent < killedAt.get()) {
            unanswered.add(new Write(kind, directive, commune, mark, null));
        }
    }

    private static void issue(TrackerHttp http, Province province, String leader) {
        Map<String, Object> directive = province.newDirective();
        TrackerHttp.Answer answer = http.post(null, leader, "/api/directives", directive);
        if (!answer.ok()) {
            throw new IllegalStateException("issuing a directive answered " + answer.status() + ": " + answer.body());
        }
        province.issued(answer.json().path("id").asText(), LocalDate.parse((String) directive.get("deadline")));
    }

    private static String byKind(List<Write> writes) {
        long directives = writes.stream().filter(write -> write.kind() == Kind.DIRECTIVE).count();
        long obstacles = writes.stream().filter(write -> write.kind() == Kind.OBSTACLE).count();
        return (writes.size() - directives - obstacles) + " reports, " + obstacles + " obstacles, " + directives + " directives";
    }

    /** The province's communes, from the registry the service ships. */
    private static List<String> communes() throws IOException {
        try (InputStream csv = KillBenchmark.class.getResourceAsStream("/ca-mau-communes.csv")) {
            if (csv == null) {
                throw new IllegalStateException("ca-mau-communes.csv is not on the classpath");
            }
            return new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(','))).toList();
        }
    }

    /** The leader, the auditor and every commune's chair, all with the run's password (one BCrypt hash for all). */
    private static Path writeAccounts(Path file, LoadOptions options, List<String> communes) throws IOException {
        String hash = new BCryptPasswordEncoder(10).encode(options.password());
        StringBuilder yaml = new StringBuilder("tracker:\n  accounts:\n");
        account(yaml, options.leader(), hash, "PROVINCE", null);
        account(yaml, options.auditor(), hash, "AUDITOR", null);
        for (String commune : communes) {
            account(yaml, "chair-" + commune, hash, "COMMUNE", commune);
        }
        return Files.writeString(file, yaml.toString());
    }

    private static void account(StringBuilder yaml, String name, String hash, String role, String commune) {
        yaml.append("    - name: \"").append(name).append("\"\n      password-hash: \"").append(hash)
                .append("\"\n      role: ").append(role).append('\n');
        if (commune != null) {
            yaml.append("      commune: \"").append(commune).append("\"\n");
        }
    }
}
