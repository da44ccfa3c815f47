package org.directivetracker.core.api.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working days of government offices: Monday to Friday, less the public holidays of a calendar file, plus the
 * weekend days the government swapped for a holiday. A deadline on a day off counts until the end of the next
 * working day.
 */
public final class WorkingCalendar {

    /** The calendar shipped with the tracker: Vietnam's public holidays of the current and the next year. */
    public static final String VIETNAM_RESOURCE = "vietnam-days-off.txt";

    /** The span whose working days are counted ahead: views count them for every assignment at every read. */
    private static final long FIRST_COUNTED = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long LAST_COUNTED = LocalDate.of(2100, 12, 31).toEpochDay();

    private final Set<LocalDate> weekdaysOff;
    private final Set<LocalDate> weekendsWorked;
    /** Working days from {@link #FIRST_COUNTED} up to and including each day of the span. */
    private final int[] workingDaysUpTo;

    private WorkingCalendar(Set<LocalDate> weekdaysOff, Set<LocalDate> weekendsWorked) {
        this.weekdaysOff = Set.copyOf(weekdaysOff);
        this.weekendsWorked = Set.copyOf(weekendsWorked);
        this.workingDaysUpTo = new int[(int) (LAST_COUNTED - FIRST_COUNTED + 1)];
        int count = 0;
        for (int i = 0; i < workingDaysUpTo.length; i++) {
            if (isWorkingDay(LocalDate.ofEpochDay(FIRST_COUNTED + i))) {
                count++;
            }
            workingDaysUpTo[i] = count;
        }
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    /** Vietnam's public holidays as shipped with the tracker. */
    public static WorkingCalendar vietnam() {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(VIETNAM_RESOURCE)) {
            return read(new InputStreamReader(Objects.requireNonNull(in, VIETNAM_RESOURCE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a calendar file: one day a line, {@code YYYY-MM-DD off <name>} or {@code YYYY-MM-DD work <name>}; blank
     * lines and lines starting with {@code #} are comments.
     *
     * @throws IllegalArgumentException naming the line that is not of that form
     */
    public static WorkingCalendar read(Reader source) throws IOException {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            try {
                LocalDate day = LocalDate.parse(parts[0]);
                String kind = parts.length > 1 ? parts[1] : "";
                if (kind.equals("off")) {
                    off.add(day);
                } else if (kind.equals("work")) {
                    worked.add(day);
                } else {
                    throw new IllegalArgumentException("calendar line " + number + ": expected 'off' or 'work' after the date: " + text);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("calendar line " + number + ": not a date (YYYY-MM-DD): " + text, e);
            }
        }
        return new WorkingCalendar(off, worked);
    }

    public boolean isWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? weekendsWorked.contains(day) : !weekdaysOff.contains(day);
    }

    /** The last day on which work for this deadline is on time: the deadline, or the next working day after a day off. */
    public LocalDate lastDayFor(LocalDate deadline) {
        LocalDate day = deadline;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        if (first >= FIRST_COUNTED && last <= LAST_COUNTED) {
            return workingDaysUpTo[(int) (last - FIRST_COUNTED)] - workingDaysUpTo[(int) (first - FIRST_COUNTED)];
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The working day {@code days} working days after {@code from} (the next working day for 1). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
