package org.directivetracker.projections.readmodel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How read models write values: dates as {@code YYYY-MM-DD} and instants as ISO-8601 strings, which keep every
 * digit of the event timestamp (a BSON date would cut it to milliseconds) and compare in their natural order.
 */
public final class Bson {

    /** Dates read so far; the years deadlines may take bound them to some 40,000. */
    private static final java.util.Map<String, LocalDate> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    private Bson() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The date of its text, one object per date: a province's read models hold millions of deadlines on a few thousand days. */
    public static LocalDate date(String text) {
        return text == null ? null : DATES.computeIfAbsent(text, LocalDate::parse);
    }

    public static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A field name made from an id: MongoDB gives '.' and a leading '$' a meaning in paths, so they are escaped. */
    public static String key(String id) {
        StringBuilder key = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '.' || c == '$' || c == '%') {
                key.append('%').append(String.format("%02X", (int) c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}
