package org.directivetracker.api.reminders;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Function;

import org.directivetracker.api.contacts.Contact;

/**
 * Reminders through an HTTP API, the Zalo Official Account's or an SMS gateway's: a POST of the configured JSON template
 * with the token in its header and the outbox entry's id as {@code Idempotency-Key}. A 2xx answer is a delivery;
 * anything else, or no answer within the timeout, is a failed try.
 */
public class HttpDelivery implements DeliveryChannel {

    private final Channel channel;
    private final ReminderProperties.Http settings;
    private final Function<Contact, String> address;
    private final HttpClient client;

    public HttpDelivery(Channel channel, ReminderProperties.Http settings, Function<Contact, String> address) {
        if (settings.url() == null) {
            throw new IllegalArgumentException("tracker.reminders." + channel.name().toLowerCase() + ".url is needed when the channel is enabled");
        }
        this.channel = channel;
        this.settings = settings;
        this.address = address;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public ReminderProperties.Retry retry() {
        return settings.retry();
    }

    @Override
    public Optional<String> recipient(Contact contact) {
        return Optional.ofNullable(address.apply(contact));
    }

    @Override
    public String send(OutboxEntry entry, String recipient, String key, ReminderMessages.Text text) throws DeliveryFailedException {
        String body = settings.template()
                .replace("{recipient}", json(recipient))
                .replace("{text}", json(text.shortText()))
                .replace("{key}", json(key));
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header(settings.tokenHeader(), settings.token());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailedException(channel + " answered HTTP " + response.statusCode(), null);
            }
            return "HTTP " + response.statusCode();
        } catch (IOException e) {
            throw new DeliveryFailedException(channel + " did not answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException(channel + " interrupted", e);
        }
    }

    /** The text as the inside of a JSON string. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
