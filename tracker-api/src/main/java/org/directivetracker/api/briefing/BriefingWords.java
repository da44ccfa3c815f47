package org.directivetracker.api.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.directivetracker.core.api.value.ProvinceTime;
import org.springframework.context.MessageSource;

/**
 * The words and formats of the briefing file in the reader's language: column and section names, statuses and
 * categories from the message bundles, dates dd/MM/yyyy and times in the province's zone.
 */
final class BriefingWords {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final BriefingDetails details;

    BriefingWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.details = new BriefingDetails(messages);
    }

    /** What a change was, in words, with the users' own words. */
    String detail(org.directivetracker.core.api.query.BriefingChange change) {
        return details.describe(change, locale);
    }

    String header(String column) {
        return word("briefing.csv.column." + column, column);
    }

    String section(String section) {
        return word("briefing.csv.section." + section, section);
    }

    /** A status, category or stage: {@code prefix.NAME} in the bundles. */
    String named(String prefix, Enum<?> value) {
        return value == null ? null : word(prefix + "." + value.name(), value.name());
    }

    /** An obstacle category by its code: its configured name, or the code of one no longer configured. */
    String category(String code) {
        return code == null ? null : word("category." + code, code);
    }

    String yesNo(boolean value) {
        return word(value ? "briefing.csv.yes" : "briefing.csv.no", String.valueOf(value));
    }

    String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    String time(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    private String word(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
