package org.directivetracker.projections;

import java.time.LocalDate;

import org.directivetracker.core.api.value.ProvinceTime;

/** The day a view is read for: the one asked, or today in the province when the caller left it out. */
public final class AsOf {

    private AsOf() {
    }

    public static LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(ProvinceTime.ZONE);
    }
}
