package org.directivetracker.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerApplicationTest {

    @Test
    void theDemoArgumentSwitchesOnDemoMode() {
        assertThat(TrackerApplication.withDemoSwitch(new String[]{"--server.port=9090", "--demo"}))
                .containsExactly("--server.port=9090", "--demo", "--tracker.demo=true");
        assertThat(TrackerApplication.withDemoSwitch(new String[]{"--server.port=9090"})).containsExactly("--server.port=9090");
    }

    /** A start that fails ends the process with status 1; it used to stay up, held by a thread Axon had started. */
    @Test
    void aServiceThatCannotStartEndsItsProcess(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path log = dataDir.resolve("service.log");
            Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TrackerApplication.class.getName(),
                    "--server.port=" + taken.getLocalPort(), "--server.address=127.0.0.1",
                    "--tracker.data-dir=" + dataDir.resolve("data"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = service.waitFor(120, TimeUnit.SECONDS);
            service.destroyForcibly();
            assertThat(ended).as("the process ended by itself").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(service.exitValue()).isEqualTo(1);
            assertThat(output).contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }
}
