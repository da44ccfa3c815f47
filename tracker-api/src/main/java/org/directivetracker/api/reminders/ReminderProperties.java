package org.directivetracker.api.reminders;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders ({@code tracker.reminders.*}): when the day's run happens, which windows remind, and how each channel
 * delivers.
 *
 * @param schedule       whether this instance runs the day's reminders by itself (a run by hand works either way)
 * @param dailyAt        the time of the daily run, in the province
 * @param every          a short period instead of the daily time (the demo uses minutes); unset: daily
 * @param dueSoonWindows working days before the deadline's last day on which a commune is reminded
 * @param overdueEvery   an overdue assignment is reminded on its first overdue working day and every this many after
 * @param delivery       the outbox's delivery loop
 * @param quietHours     when no SMS or Zalo message is sent
 * @param email          e-mail through Spring's mail sender ({@code spring.mail.*} holds the SMTP server)
 * @param zalo           the Zalo Official Account's HTTP API
 * @param sms            the SMS gateway's HTTP API
 */
@ConfigurationProperties("tracker.reminders")
public record ReminderProperties(
        @DefaultValue("true") boolean schedule,
        @DefaultValue("07:30") LocalTime dailyAt,
        Duration every,
        @DefaultValue({"5", "3", "1"}) List<Integer> dueSoonWindows,
        @DefaultValue("2") int overdueEvery,
        @DefaultValue Delivery delivery,
        @DefaultValue QuietHours quietHours,
        @DefaultValue Email email,
        @DefaultValue Http zalo,
        @DefaultValue Http sms) {

    /**
     * @param enabled whether this instance delivers outbox entries (another instance may do it)
     * @param poll    how often the outbox is looked at
     * @param gather  how long an entry waits for the other reminders of its commune and day, so they go as one digest
     * @param lease   how long a claimed entry stays with the instance sending it before another may retry it
     */
    public record Delivery(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration poll,
                           @DefaultValue("5s") Duration gather, @DefaultValue("2m") Duration lease) {
    }

    /**
     * @param from         the first hour at which SMS and Zalo messages may go out
     * @param until        the hour after which they wait for the next morning
     * @param workingDaysOnly whether they also wait for the next working day
     */
    public record QuietHours(@DefaultValue("07:00") LocalTime from, @DefaultValue("20:00") LocalTime until,
                             @DefaultValue("true") boolean workingDaysOnly) {
    }

    /** Retries of a channel: after each failure the wait doubles from {@code backoff}, up to {@code attempts} tries. */
    public record Retry(@DefaultValue("5") int attempts, @DefaultValue("1m") Duration backoff) {
    }

    /**
     * @param enabled whether reminders go by e-mail (needs {@code spring.mail.host})
     * @param from    the sender address
     * @param retry   its retries
     */
    public record Email(@DefaultValue("false") boolean enabled, @DefaultValue("nhac-viec@camau.gov.vn") String from,
                        @DefaultValue Retry retry) {
    }

    /**
     * An HTTP channel (Zalo OA, SMS gateway): a POST of a JSON body made from a template.
     *
     * @param enabled  whether reminders go through it
     * @param url      the endpoint
     * @param token    sent in the {@code tokenHeader} header; never logged
     * @param tokenHeader the header carrying the token (Zalo OA: {@code access_token})
     * @param template the JSON body; {@code {recipient}}, {@code {text}} and {@code {key}} are replaced (JSON-escaped)
     * @param timeout  how long a request may take before it counts as failed
     * @param retry    its retries
     */
    public record Http(@DefaultValue("false") boolean enabled, URI url, String token,
                       @DefaultValue("Authorization") String tokenHeader,
                       @DefaultValue("{\"to\":\"{recipient}\",\"text\":\"{text}\",\"id\":\"{key}\"}") String template,
                       @DefaultValue("10s") Duration timeout, @DefaultValue Retry retry) {
    }
}
