package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CommitGateTest {

    @Test
    void writesHoldTheGateAndReadsDoNot() {
        assertThat(CommitGate.readsOnly(new Document("find", "events"))).isTrue();
        assertThat(CommitGate.readsOnly(new Document("getMore", 7L))).isTrue();
        assertThat(CommitGate.readsOnly(new Document("aggregate", "events").append("pipeline", List.of()))).isTrue();
        assertThat(CommitGate.readsOnly(new Document("getlasterror", 1))).as("sent by the driver as it opens a connection").isTrue();

        assertThat(CommitGate.readsOnly(new Document("insert", "events"))).isFalse();
        assertThat(CommitGate.readsOnly(new Document("update", "directive-states"))).isFalse();
        assertThat(CommitGate.readsOnly(new Document("findAndModify", "counters"))).isFalse();
        assertThat(CommitGate.readsOnly(new Document("aggregate", "events")
                .append("pipeline", List.of(new Document("$out", "copy"))))).isFalse();
        assertThat(CommitGate.readsOnly(new Document("aCommandNotKnownHere", 1))).as("unknown: taken for a write").isFalse();
    }

    @Test
    void aCommitWaitsForTheWriteInProgressAndNotForAReadInProgress() throws Exception {
        CommitGate gate = new CommitGate();
        MVStore store = MVStore.open(null);
        CountDownLatch inRequest = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> write = CompletableFuture.supplyAsync(() -> gate.request(new Document("insert", "rows"), () -> {
            inRequest.countDown();
            await(release);
            return null;
        }));
        assertThat(inRequest.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Long> commit = CompletableFuture.supplyAsync(() -> gate.commit(store));
        Thread.sleep(200);
        assertThat(commit).as("the commit waits while the write is halfway").isNotDone();
        // a read needs no gate, even while a commit waits for it
        assertThat(gate.request(new Document("find", "rows"), () -> "read")).isEqualTo("read");

        release.countDown();
        commit.get(10, TimeUnit.SECONDS);
        write.get(10, TimeUnit.SECONDS);
        store.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
