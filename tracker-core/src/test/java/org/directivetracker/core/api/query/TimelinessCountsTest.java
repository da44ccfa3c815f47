package org.directivetracker.core.api.query;

import org.directivetracker.core.api.status.Timeliness;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class TimelinessCountsTest {

    @Test
    void listsEveryTimelinessInTheEnumsOrderWithZerosAndSkipsWithdrawnAssignments() {
        Map<Timeliness, Integer> counts = TimelinessCounts.of(Arrays.asList(
                Timeliness.OVERDUE, null, Timeliness.OVERDUE, Timeliness.COMPLETED_LATE));

        assertThat(counts).containsExactly(
                entry(Timeliness.ON_TRACK, 0),
                entry(Timeliness.DUE_SOON, 0),
                entry(Timeliness.OVERDUE, 2),
                entry(Timeliness.COMPLETED_ON_TIME, 0),
                entry(Timeliness.COMPLETED_LATE, 1));
    }
}
