package org.directivetracker.api.readmodels;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service until this instance has read its copies of the views once after the start (see
 * {@link ReadModelLifecycle}): on a province's store that takes tens of seconds, and a reader before it would wait for a
 * whole view, longer than a query waits. A balancer or a deployment script that waits for the health check to be up
 * sends no reader into that wait.
 */
@Component("views")
public class ViewsHealthIndicator implements HealthIndicator {

    private final ReadModelLifecycle lifecycle;

    public ViewsHealthIndicator(ReadModelLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Health health() {
        return lifecycle.copiesRead() ? Health.up().build()
                : Health.outOfService().withDetail("reason", "the views are being read after the start").build();
    }
}
