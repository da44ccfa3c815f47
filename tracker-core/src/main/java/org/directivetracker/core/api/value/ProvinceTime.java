package org.directivetracker.core.api.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines and "today" are days in the province's time zone, whatever the server's. */
public final class ProvinceTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
