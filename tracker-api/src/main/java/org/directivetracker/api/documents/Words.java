package org.directivetracker.api.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.directivetracker.core.api.value.ProvinceTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The words of a document, in the reader's language (Vietnamese unless asked otherwise), and its dates, dd/MM/yyyy. */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final MessageSource messages;

    public Words(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ProvinceTime.ZONE));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    public static String percent(Double fraction) {
        return fraction == null ? "" : String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
    }

    public static LocalDate today() {
        return LocalDate.now(ProvinceTime.ZONE);
    }
}
