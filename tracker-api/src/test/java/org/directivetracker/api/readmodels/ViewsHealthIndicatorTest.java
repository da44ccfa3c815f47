package org.directivetracker.api.readmodels;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The views' health: out of service until the copies were read after the start, so no balancer sends a reader early. */
class ViewsHealthIndicatorTest {

    @Test
    void outOfServiceBeforeTheStartAndUpWhenNoCopyIsReadAhead() {
        // no rebuild, no alias refresh, no copy refresh: the lifecycle reads nothing ahead, each copy waits for its reader
        ReadModelLifecycle lifecycle = new ReadModelLifecycle(null, false, Duration.ZERO, Duration.ZERO);
        ViewsHealthIndicator views = new ViewsHealthIndicator(lifecycle);

        assertThat(views.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(views.health().getDetails()).containsKey("reason");
        lifecycle.start();
        try {
            assertThat(views.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            lifecycle.stop();
        }
    }
}
