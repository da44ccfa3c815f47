package org.directivetracker.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerApplicationTest {

    @Test
    void theDemoArgumentSwitchesOnDemoMode() {
        assertThat(TrackerApplication.withDemoSwitch(new String[]{"--server.port=9090", "--demo"}))
                .containsExactly("--server.port=9090", "--demo", "--tracker.demo=true");
        assertThat(TrackerApplication.withDemoSwitch(new String[]{"--server.port=9090"})).containsExactly("--server.port=9090");
    }
}
