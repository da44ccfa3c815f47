package org.directivetracker.api.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.directivetracker.core.api.query.BriefingChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A briefing change in the reader's words: what changed ({@code briefing.detail.<kind>} in the bundles) with its
 * dates as dd/MM/yyyy and an obstacle's category in words, then the users' own words. Pages call it as
 * {@code @briefingDetails}; the briefing file uses it too.
 */
@Component("briefingDetails")
public class BriefingDetails {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public BriefingDetails(MessageSource messages) {
        this.messages = messages;
    }

    /** In the language of the current request. */
    public String describe(BriefingChange change) {
        return describe(change, LocaleContextHolder.getLocale());
    }

    String describe(BriefingChange change, Locale locale) {
        if (change.detailKind() == null) {
            return change.detail(); // recorded before changes said what they were: its words are all there is
        }
        List<Object> args = new ArrayList<>();
        for (String value : change.detailValues()) {
            args.add(word(value, change.detailKind(), locale));
        }
        args.add(change.detail() == null ? "" : change.detail());
        String described = messages.getMessage("briefing.detail." + change.detailKind(), args.toArray(), change.detailKind(), locale);
        return described.strip();
    }

    private String word(String value, String kind, Locale locale) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DATE.format(LocalDate.parse(value));
        }
        if (kind.equals("OBSTACLE_RAISED")) {
            return messages.getMessage("category." + value, null, value, locale);
        }
        return value;
    }
}
