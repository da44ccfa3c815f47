package org.directivetracker.api.directives;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.ProgressReported;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes racing for one directive: each is stored once or refused with 409, never lost or overwritten. */
class ConcurrentWritesTest extends ApiTest {

    @Test
    void twentyConcurrentReportsAreEachStoredOnceOrRefusedWith409() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        String path = "/api/directives/" + id + "/communes/" + LANG_TRON + "/progress";
        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> statusByNote = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String note = "Báo cáo lần " + i;
                int percent = i * 5;
                done.add(threads.submit(() -> {
                    start.await();
                    Answer answer = http.post("chair-" + LANG_TRON, path, "{\"percent\":" + percent + ",\"note\":\"" + note + "\"}");
                    statusByNote.put(note, answer.status());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(statusByNote).hasSize(writers);
        assertThat(statusByNote.values()).allSatisfy(status -> assertThat(status).isIn(200, 409));
        List<String> storedNotes = payloads(id).stream().filter(ProgressReported.class::isInstance)
                .map(event -> ((ProgressReported) event).note()).toList();
        List<String> acceptedNotes = statusByNote.entrySet().stream().filter(entry -> entry.getValue() == 200)
                .map(Map.Entry::getKey).toList();
        assertThat(storedNotes).containsExactlyInAnyOrderElementsOf(acceptedNotes);
        assertThat(acceptedNotes).isNotEmpty();
    }
}
