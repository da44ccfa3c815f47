package org.directivetracker.api.pages;

import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.ProvinceTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the pages write dates and statuses: dd/MM/yyyy, times in the province's zone whatever the server's, and the
 * government's colours per timeliness. Templates call it as {@code @formats}.
 */
@Component("formats")
public class PageFormats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** A moment as the pages' fields show it and read it first; then the day and hour without their zeros, and ISO. */
    public static final String MOMENT_PATTERN = "dd/MM/yyyy HH:mm";
    public static final String MOMENT_SHORT_PATTERN = "d/M/yyyy H:mm";
    public static final String MOMENT_ISO_PATTERN = "yyyy-MM-dd'T'HH:mm";
    private static final List<DateTimeFormatter> INPUT_MOMENTS = Stream.of(MOMENT_PATTERN, MOMENT_SHORT_PATTERN, MOMENT_ISO_PATTERN)
            .map(pattern -> DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ProvinceTime.ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    /** A moment typed in a page's field ({@link PageMoment}'s forms), in the province's zone. */
    public static Instant parseInputDateTime(String text) {
        DateTimeParseException first = null;
        for (DateTimeFormatter format : INPUT_MOMENTS) {
            try {
                return LocalDateTime.parse(text.trim(), format).atZone(ProvinceTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** red overdue, orange due soon or completed late, green on track or completed on time (the government's colours). */
    public String tone(Timeliness timeliness) {
        if (timeliness == null) {
            return "tone-none";
        }
        switch (timeliness) {
            case OVERDUE:
                return "tone-red";
            case DUE_SOON:
            case COMPLETED_LATE: // late is never shown as good news
                return "tone-orange";
            default:
                return "tone-green";
        }
    }

    public LocalDate today() {
        return LocalDate.now(ProvinceTime.ZONE);
    }
}
