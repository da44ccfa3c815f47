package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.directivetracker.projections.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * A copy and its indexes, brought up to date from the change log batch by batch, give the same answers as everything
 * read again and every index built again; a rebuild's swap to other collections still reads everything.
 */
class ReadModelCopyIndexTest {

    private static final String NAME = "numbers";
    private static final String VALUES = "values";

    private final MongoDatabase database = ReadModels.client().getDatabase("copy_" + System.nanoTime());
    private final ReadModelCollections collections = ReadModelCollections.live(database, NAME);
    private final ChangeLog log = new ChangeLog(collections);
    private final ReadModelCopy<Integer> copy = new ReadModelCopy<>(collections,
            ReadModelCopy.Loader.documents(VALUES, document -> document.getInteger("n")));
    private final TotalsByFirstLetter totals = new TotalsByFirstLetter();

    @AfterEach
    void drop() {
        database.drop();
    }

    /** The sum of the values of each first letter of their keys, but none of 0: an index kept from version to version. */
    private static class TotalsByFirstLetter implements ReadModelCopy.Index<Integer, PersistentSortedMap<String, Integer>> {
        final AtomicInteger builds = new AtomicInteger();

        @Override
        public PersistentSortedMap<String, Integer> build(Map<String, Integer> values) {
            builds.incrementAndGet();
            return totalsOf(values);
        }

        @Override
        public PersistentSortedMap<String, Integer> update(PersistentSortedMap<String, Integer> totals,
                List<ReadModelCopy.Change<Integer>> changes) {
            for (ReadModelCopy.Change<Integer> change : changes) {
                String letter = change.key().substring(0, 1);
                int total = totals.getOrDefault(letter, 0) - (change.before() == null ? 0 : change.before())
                        + (change.after() == null ? 0 : change.after());
                totals = total == 0 ? totals.without(letter) : totals.with(letter, total);
            }
            return totals;
        }

        static PersistentSortedMap<String, Integer> totalsOf(Map<String, Integer> values) {
            Map<String, Integer> sums = new TreeMap<>();
            values.forEach((key, value) -> sums.merge(key.substring(0, 1), value, Integer::sum));
            PersistentSortedMap<String, Integer> totals = PersistentSortedMap.empty();
            for (Map.Entry<String, Integer> sum : sums.entrySet()) {
                totals = sum.getValue() == 0 ? totals : totals.with(sum.getKey(), sum.getValue());
            }
            return totals;
        }
    }

    @Test
    void canFollowRandomBatchesWithTheSameValuesAndIndexAsAFullRecomputation() {
        Random random = new Random(19);
        TreeMap<String, Integer> expected = new TreeMap<>();
        List<ReadModelCopy.Version<Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> expectedVersions = new ArrayList<>();
        for (int batch = 0; batch < 400; batch++) {
            List<String> keys = new ArrayList<>();
            for (int change = 1 + random.nextInt(5); change > 0; change--) {
                String key = "abcde".charAt(random.nextInt(5)) + "-" + random.nextInt(60);
                if (random.nextInt(4) == 0) {
                    database.getCollection(NAME + "_" + VALUES).deleteOne(eq("_id", key));
                    expected.remove(key);
                } else {
                    int value = random.nextInt(100);
                    database.getCollection(NAME + "_" + VALUES).replaceOne(eq("_id", key), new Document("_id", key).append("n", value),
                            new ReplaceOptions().upsert(true));
                    expected.put(key, value);
                }
                keys.add(key);
            }
            log.append(keys);
            if (random.nextInt(3) > 0) { // some versions are never read: the next read catches up over several entries
                ReadModelCopy.Version<Integer> version = copy.read();
                assertThat(version.values()).as("after batch %d", batch).isEqualTo(expected);
                assertThat(version.index(totals)).as("after batch %d", batch).isEqualTo(TotalsByFirstLetter.totalsOf(expected));
                if (batch % 50 == 0) {
                    versions.add(version);
                    expectedVersions.add(new TreeMap<>(expected));
                }
            }
        }

        assertThat(totals.builds).as("built once, then kept up to date").hasValue(1);
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i).values()).as("an earlier version, kept").isEqualTo(expectedVersions.get(i));
            assertThat(versions.get(i).index(totals)).isEqualTo(TotalsByFirstLetter.totalsOf(expectedVersions.get(i)));
        }
    }

    @Test
    void canDropARemovedKeyFromTheValuesAndTheIndex() {
        put("a-1", 5);
        put("a-2", 7);
        log.append(List.of("a-1", "a-2"));
        assertThat(copy.index(totals)).containsEntry("a", 12);

        database.getCollection(NAME + "_" + VALUES).deleteOne(eq("_id", "a-1"));
        log.append(List.of("a-1"));

        assertThat(copy.current()).containsOnlyKeys("a-2");
        assertThat(copy.index(totals)).containsEntry("a", 7);
        assertThat(totals.builds).hasValue(1);
    }

    @Test
    void canSwapToARebuildsCollectionsAndReadEverythingAgain() {
        put("a-1", 5);
        log.append(List.of("a-1"));
        String before = copy.version();
        assertThat(copy.index(totals)).containsEntry("a", 5);

        // a rebuild wrote other collections, then its alias took over
        ReadModelCollections rebuilt = ReadModelCollections.fixed(database, NAME, NAME + "_r1_");
        rebuilt.get(VALUES).insertOne(new Document("_id", "b-1").append("n", 9));
        new ChangeLog(rebuilt).append(List.of("b-1"));
        database.getCollection(ReadModelCollections.ALIASES).insertOne(new Document("_id", NAME).append("prefix", NAME + "_r1_"));
        collections.refresh();

        assertThat(copy.version()).isNotEqualTo(before).startsWith(NAME + "_r1_@");
        assertThat(copy.current()).isEqualTo(Map.of("b-1", 9));
        assertThat(copy.index(totals)).isEqualTo(Map.of("b", 9));
        assertThat(totals.builds).as("built again on the rebuild's values").hasValue(2);
    }

    @Test
    @Timeout(120) // a reader queued behind the full read would wait for ever: the full read waits for this test
    void canServeTheVersionItHadWhileAnotherThreadReadsEverythingAfterASwap() throws Exception {
        CountDownLatch readingEverything = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReadModelCopy.Loader<Integer> documents = ReadModelCopy.Loader.documents(VALUES, document -> document.getInteger("n"));
        ReadModelCopy<Integer> slow = new ReadModelCopy<>(collections, new ReadModelCopy.Loader<>() {
            @Override
            public Map<String, Integer> all(ReadModelCollections from) {
                if (from.prefix().equals(NAME + "_r1_")) {
                    readingEverything.countDown();
                    awaitQuietly(release);
                }
                return documents.all(from);
            }

            @Override
            public Map<String, Integer> byKeys(ReadModelCollections from, java.util.Collection<String> keys) {
                return documents.byKeys(from, keys);
            }
        });
        put("a-1", 5);
        log.append(List.of("a-1"));
        assertThat(slow.current()).isEqualTo(Map.of("a-1", 5));
        ReadModelCollections rebuilt = ReadModelCollections.fixed(database, NAME, NAME + "_r1_");
        rebuilt.get(VALUES).insertOne(new Document("_id", "b-1").append("n", 9));
        new ChangeLog(rebuilt).append(List.of("b-1"));
        database.getCollection(ReadModelCollections.ALIASES).insertOne(new Document("_id", NAME).append("prefix", NAME + "_r1_"));
        collections.refresh();

        CompletableFuture<String> first = CompletableFuture.supplyAsync(slow::version);
        readingEverything.await();
        String meanwhile = slow.version();
        Map<String, Integer> meanwhileValues = slow.current();
        release.countDown();

        assertThat(meanwhile).startsWith(NAME + "_@");
        assertThat(meanwhileValues).isEqualTo(Map.of("a-1", 5));
        assertThat(first.get()).startsWith(NAME + "_r1_@");
        assertThat(slow.current()).isEqualTo(Map.of("b-1", 9));
    }

    @Test
    @Timeout(120)
    void canBuildAnIndexOnceWhileNewVersionsComeAndGiveEachVersionItsOwnChanges() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TotalsByFirstLetter slowTotals = new TotalsByFirstLetter() {
            @Override
            public PersistentSortedMap<String, Integer> build(Map<String, Integer> values) {
                building.countDown();
                awaitQuietly(release);
                return super.build(values);
            }
        };
        put("a-1", 5);
        log.append(List.of("a-1"));
        ReadModelCopy.Version<Integer> first = copy.read();
        CompletableFuture<PersistentSortedMap<String, Integer>> firstReader = CompletableFuture.supplyAsync(() -> first.index(slowTotals));
        building.await();

        put("a-2", 7); // a write lands while the index is being built: the next read is on a new version
        log.append(List.of("a-2"));
        ReadModelCopy.Version<Integer> second = copy.read();
        put("b-1", 1);
        log.append(List.of("b-1"));
        ReadModelCopy.Version<Integer> third = copy.read();
        CompletableFuture<PersistentSortedMap<String, Integer>> thirdReader = CompletableFuture.supplyAsync(() -> third.index(slowTotals));
        release.countDown();

        assertThat(firstReader.get()).isEqualTo(Map.of("a", 5));
        assertThat(thirdReader.get()).isEqualTo(Map.of("a", 12, "b", 1));
        assertThat(second.index(slowTotals)).isEqualTo(Map.of("a", 12));
        assertThat(slowTotals.builds).as("built once, for the version read first; the later ones brought up to date from it").hasValue(1);
    }

    @Test
    @Timeout(120)
    void canAnswerOneIndexWhileAnotherOfTheSameVersionIsStillBroughtUpToDate() throws Exception {
        CountDownLatch updating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TotalsByFirstLetter slowTotals = new TotalsByFirstLetter() {
            @Override
            public PersistentSortedMap<String, Integer> update(PersistentSortedMap<String, Integer> before,
                    List<ReadModelCopy.Change<Integer>> changes) {
                updating.countDown();
                awaitQuietly(release);
                return super.update(before, changes);
            }
        };
        put("a-1", 5);
        log.append(List.of("a-1"));
        assertThat(copy.index(totals)).containsEntry("a", 5);
        assertThat(copy.index(slowTotals)).containsEntry("a", 5);

        put("a-2", 7);
        log.append(List.of("a-2"));
        CompletableFuture<ReadModelCopy.Version<Integer>> refresher = CompletableFuture.supplyAsync(copy::read);
        updating.await(); // the new version is read and its slow index is being brought up to date
        try {
            assertThat(CompletableFuture.supplyAsync(() -> copy.index(totals)).get(20, TimeUnit.SECONDS))
                    .as("the other index, meanwhile").containsEntry("a", 12);
        } finally {
            release.countDown();
        }
        assertThat(refresher.get().index(slowTotals)).containsEntry("a", 12);
        assertThat(copy.index(slowTotals)).containsEntry("a", 12);
        assertThat(totals.builds).hasValue(1);
        assertThat(slowTotals.builds).hasValue(1);
    }

    @Test
    void canBuildAnIndexAgainAfterItsBuildFailed() {
        AtomicInteger attempts = new AtomicInteger();
        TotalsByFirstLetter failingOnce = new TotalsByFirstLetter() {
            @Override
            public PersistentSortedMap<String, Integer> build(Map<String, Integer> values) {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("the first build fails");
                }
                return super.build(values);
            }
        };
        put("a-1", 5);
        log.append(List.of("a-1"));
        ReadModelCopy.Version<Integer> version = copy.read();

        assertThatThrownBy(() -> version.index(failingOnce)).hasMessage("the first build fails");
        assertThat(version.index(failingOnce)).isEqualTo(Map.of("a", 5));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(String key, int value) {
        database.getCollection(NAME + "_" + VALUES).replaceOne(eq("_id", key), new Document("_id", key).append("n", value),
                new ReplaceOptions().upsert(true));
    }
}
