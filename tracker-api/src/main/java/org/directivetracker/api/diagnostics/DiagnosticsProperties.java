package org.directivetracker.api.diagnostics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the service writes to its log when it is slow ({@code tracker.diagnostics.*}): an operator who hears "the page
 * hung for two seconds" finds there what the request was waiting for. Zero turns a report off.
 *
 * @param slowRequest a request running this long is logged once, with its thread's stack and the stack of whatever
 *                    thread holds the lock it waits for
 * @param stall       the watch's own tick arriving this late means the whole process stood still (a collector's
 *                    pause, a safepoint, the machine's other work), which is logged with the collectors' pause time
 * @param tick        how often the watch looks
 */
@ConfigurationProperties("tracker.diagnostics")
public record DiagnosticsProperties(
        @DefaultValue("2s") Duration slowRequest,
        @DefaultValue("500ms") Duration stall,
        @DefaultValue("100ms") Duration tick) {
}
