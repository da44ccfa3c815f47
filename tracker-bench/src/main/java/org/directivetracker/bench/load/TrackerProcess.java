package org.directivetracker.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged tracker run as its own process, as the province's IT office runs it: {@code java -jar tracker-exec.jar}
 * on the embedded store under a data directory ({@code TRACKER_DATA_DIR}), or on {@code TRACKER_MONGO_URI} when that
 * is set in the environment. Started and waited for until its health answers; stopped with SIGTERM, or killed with
 * SIGKILL ({@code kill -9}) in the durability run.
 */
final class TrackerProcess {
    private final Path jar;
    private final Path dataDir;
    private final List<String> jvm;
    private final List<String> arguments;
    private final int port;
    private final Path logFile;
    private final Duration readyWithin;
    private Process process;

    TrackerProcess(Path jar, Path dataDir, String heap, List<String> jvmOptions, List<String> arguments, Duration readyWithin)
            throws IOException {
        this.jar = jar;
        this.readyWithin = readyWithin;
        this.dataDir = dataDir;
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap));
        jvm.addAll(jvmOptions);
        this.jvm = List.copyOf(jvm);
        this.arguments = List.copyOf(arguments);
        this.port = freePort();
        this.logFile = dataDir.resolveSibling(dataDir.getFileName() + "-service.log");
    }

    /** The store the process runs on, said as the service's log would say it. */
    String store() {
        return externalMongo() ? "TRACKER_MONGO_URI" : "embedded store under " + dataDir;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path logFile() {
        return logFile;
    }

    /** Starts the service and answers the seconds until its health said UP. */
    double start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (!externalMongo()) {
            builder.environment().put("TRACKER_DATA_DIR", dataDir.toString());
        }
        long started = System.nanoTime();
        process = builder.start();
        Process launched = process;
        // a driver stopped with Ctrl-C or SIGTERM takes its service with it
        Runtime.getRuntime().addShutdownHook(new Thread(launched::destroyForcibly));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < readyWithin.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended with status " + process.exitValue() + " while starting; see " + logFile);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("the service did not start within " + readyWithin + "; see " + logFile);
    }

    /** SIGTERM: requests in flight are finished first. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code java -jar tracker-exec.jar --verify-all} on the same store, the service stopped: exit status and output. */
    Verification verifyAll() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--verify-all"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!externalMongo()) {
            builder.environment().put("TRACKER_DATA_DIR", dataDir.toString());
        }
        Process verify = builder.start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Verification(verify.waitFor(), output);
    }

    /** What {@code --verify-all} said: its exit status (0 intact) and its verdict line. */
    record Verification(int status, String output) {

        String verdict() {
            return output.lines().filter(line -> line.startsWith("INTACT") || line.startsWith("BROKEN")
                                                 || line.startsWith("CANNOT OPEN")).findFirst().orElse("no verdict printed");
        }
    }

    private static boolean externalMongo() {
        String uri = System.getenv("TRACKER_MONGO_URI");
        return uri != null && !uri.isBlank();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path freshDataDir(String prefix) throws IOException {
        return Files.createTempDirectory(prefix).resolve("data");
    }
}
