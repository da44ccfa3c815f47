package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.directivetracker.projections.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The change log names every key a batch changed, also while a segment moves between two instances. */
class ChangeLogTest {

    private final ReadModels readModels = new ReadModels();
    private final ReadModelCollections collections = ReadModelCollections.live(readModels.database, "throwaway");

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    @Test
    void aBatchClosedWhileAnotherInstanceTookTheSameNumberKeepsBothEntriesKeys() {
        ChangeLog losingInstance = new ChangeLog(collections);
        ChangeLog takingInstance = new ChangeLog(collections);
        losingInstance.append(List.of("dir-1"));
        // the instance losing the segment wrote its entry 2, and had not yet moved the head, when the other closed a batch
        collections.get(ChangeLog.COLLECTION).insertOne(new Document("_id", 2L).append("keys", List.of("dir-2")));

        takingInstance.append(List.of("dir-3"));

        assertThat(takingInstance.head()).isEqualTo(3);
        assertThat(takingInstance.keysChanged(1, 3)).contains(Set.of("dir-2", "dir-3"));
    }

    @Test
    void entriesAreNumberedOneAfterAnother() {
        ChangeLog log = new ChangeLog(collections);

        log.append(List.of("dir-1"));
        log.append(List.of());
        log.append(List.of("dir-2", "dir-3"));

        assertThat(log.head()).isEqualTo(2);
        assertThat(log.keysChanged(0, 2)).contains(Set.of("dir-1", "dir-2", "dir-3"));
        assertThat(log.keysChanged(1, 2)).contains(Set.of("dir-2", "dir-3"));
    }
}
