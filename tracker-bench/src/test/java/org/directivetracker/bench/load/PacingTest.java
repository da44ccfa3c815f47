package org.directivetracker.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacingTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final List<Long> sleptUntil = new ArrayList<>();

    private Pacing paced(double readsPerSecond, int readers, long firstDue) {
        return Pacing.share(readsPerSecond, readers, firstDue, clock::get, until -> {
            sleptUntil.add(until);
            clock.set(until);
        });
    }

    @Test
    void eightReadersAtFortyReadsASecondEachReadEveryFifthOfASecond() {
        Pacing pacing = paced(40, 8, 1_000);

        assertThat(List.of(pacing.awaitNext(), pacing.awaitNext(), pacing.awaitNext()))
                .containsExactly(1_000L, 200_001_000L, 400_001_000L);
        assertThat(sleptUntil).containsExactly(200_001_000L, 400_001_000L);
    }

    @Test
    void aReadDelayedByASlowOneBeforeItIsTimedFromWhenItWasDueAndGoesAtOnce() {
        Pacing pacing = paced(10, 1, 1_000);
        assertThat(pacing.awaitNext()).isEqualTo(1_000L);

        clock.set(350_000_000L); // the read before took 350 ms: the next two were due at 100 ms and 200 ms
        assertThat(pacing.awaitNext()).isEqualTo(100_001_000L);
        assertThat(pacing.awaitNext()).isEqualTo(200_001_000L);
        assertThat(pacing.awaitNext()).isEqualTo(300_001_000L);
        assertThat(sleptUntil).isEmpty();

        assertThat(pacing.awaitNext()).isEqualTo(400_001_000L);
        assertThat(sleptUntil).containsExactly(400_001_000L);
    }

    @Test
    void aClosedLoopReadsAtOnceTimedFromNow() {
        Pacing pacing = Pacing.closedLoop();

        long before = System.nanoTime();
        long due = pacing.awaitNext();

        assertThat(due).isBetween(before, System.nanoTime());
    }

    @Test
    void aRateOfNothingIsRefused() {
        assertThatThrownBy(() -> paced(0, 8, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above 0");
        assertThatThrownBy(() -> paced(Double.NaN, 8, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLoadOptionsPaceOnlyTheActorsGivenARate() {
        assertThat(LoadOptions.parse(new String[0]).describe()).doesNotContain("paced")
                .contains("writers 8 each going again as soon as answered");
        String paced = LoadOptions.parse(new String[]{"--read-rate=50", "--write-rate=150"}).describe();
        assertThat(paced).contains("writers 8 paced at 150.0 writes/s in all", "readers 8 paced at 50.0 reads/s in all",
                "auditors 1 each going again as soon as answered");
    }
}
