package org.directivetracker.core.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A limited briefing shows the first rows of its lists and keeps the whole totals, so a page can say how many more. */
class BriefingLimitTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void theFirstRowsOfEachChangeListAreKeptWithTheTotalsOfTheWhole() {
        Briefing whole = briefingWith(changes(5), changes(2));

        Briefing limited = whole.limitedTo(3);

        assertThat(whole.totals().newDirectives()).isEqualTo(5);
        assertThat(whole.isLimited()).isFalse();
        assertThat(limited.changes().newDirectives()).containsExactlyElementsOf(whole.changes().newDirectives().subList(0, 3));
        assertThat(limited.changes().completions()).isEqualTo(whole.changes().completions());
        assertThat(limited.totals()).isEqualTo(whole.totals());
        assertThat(limited.isLimited()).isTrue();
    }

    @Test
    void aLimitAboveEveryListChangesNothing() {
        Briefing whole = briefingWith(changes(2), changes(1));

        assertThat(whole.limitedTo(2)).isEqualTo(whole);
        assertThat(whole.limitedTo(2).isLimited()).isFalse();
    }

    private static Briefing briefingWith(List<BriefingChange> newDirectives, List<BriefingChange> completions) {
        return new Briefing(DAY, DAY.minusDays(7), List.of(), List.of(), List.of(), List.of(),
                new BriefingChanges(newDirectives, completions, List.of(), List.of(), List.of()), List.of());
    }

    private static List<BriefingChange> changes(int count) {
        return IntStream.range(0, count).mapToObj(i -> new BriefingChange(Instant.parse("2026-11-2" + i + "T01:00:00Z"),
                "d-" + i, "Nhiệm vụ " + i, null, null, null, null, "NEW_DIRECTIVE", List.of())).toList();
    }
}
