package org.directivetracker.api.status;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How timeliness is judged ({@code tracker.status.*}).
 *
 * @param dueSoonWorkingDays an open assignment is due soon when at most this many working days are left
 * @param calendar           the days-off file (e.g. {@code file:/etc/tracker/days-off.txt}); unset: Vietnam's public
 *                           holidays of the current and next year as shipped
 */
@ConfigurationProperties("tracker.status")
public record StatusProperties(@DefaultValue("3") int dueSoonWorkingDays, Resource calendar) {
}
