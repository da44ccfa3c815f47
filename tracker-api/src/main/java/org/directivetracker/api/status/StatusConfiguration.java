package org.directivetracker.api.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.status.WorkingCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar and the due-soon window every view, briefing, statistic and reminder judges by. A calendar
 * file that cannot be read stops the start, naming the line.
 */
@EnableConfigurationProperties(StatusProperties.class)
@Configuration(proxyBeanMethods = false)
public class StatusConfiguration {

    @Bean
    public TimelinessRules timelinessRules(StatusProperties properties) throws IOException {
        WorkingCalendar calendar;
        if (properties.calendar() == null) {
            calendar = WorkingCalendar.vietnam();
        } else {
            try (Reader reader = new InputStreamReader(properties.calendar().getInputStream(), StandardCharsets.UTF_8)) {
                calendar = WorkingCalendar.read(reader);
            }
        }
        return new TimelinessRules(calendar, properties.dueSoonWorkingDays());
    }
}
