package org.directivetracker.api.pages;

import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.ProvinceTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the pages write dates and statuses: dd/MM/yyyy, times in the province's zone whatever the server's, and the
 * government's colours per timeliness. Templates call it as {@code @formats}.
 */
@Component("formats")
public class PageFormats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter INPUT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ProvinceTime.ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    /** The value of an {@code <input type="datetime-local">}, in the province's zone. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : INPUT_DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    public static Instant parseInputDateTime(String text) {
        return LocalDateTime.parse(text, INPUT_DATE_TIME).atZone(ProvinceTime.ZONE).toInstant();
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
