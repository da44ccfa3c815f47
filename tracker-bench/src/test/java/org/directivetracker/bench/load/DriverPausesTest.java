package org.directivetracker.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriverPausesTest {

    @Test
    void countsTheCollectionsOfThisJvm() throws InterruptedException {
        try (DriverPauses pauses = DriverPauses.listening()) {
            System.gc();
            // the JVM sends its notification from a thread of its own, just after the collection
            int seen = 0;
            for (long deadline = System.nanoTime() + 10_000_000_000L; seen == 0 && System.nanoTime() < deadline; ) {
                seen += pauses.take().pauses();
                Thread.sleep(20);
            }
            assertThat(seen).isPositive();
        }
    }

    @Test
    void eachTakeSaysWhatCameSinceTheOneBefore() {
        DriverPauses pauses = new DriverPauses();
        pauses.paused(12);
        pauses.paused(30);

        assertThat(pauses.take()).isEqualTo(new DriverPauses.Window(2, 30, 42));
        pauses.paused(7);
        assertThat(pauses.take()).isEqualTo(new DriverPauses.Window(1, 7, 7));
    }
}
