package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The persistent map answers as a sorted map would, and no later change reaches a map already made. */
class PersistentSortedMapTest {

    @Test
    void canAnswerAsATreeMapAfterRandomChangesWhileEveryEarlierVersionStaysAsItWas() {
        Random random = new Random(23);
        TreeMap<String, Integer> expected = new TreeMap<>();
        PersistentSortedMap<String, Integer> map = PersistentSortedMap.empty();
        List<PersistentSortedMap<String, Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> expectedVersions = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            String key = "k" + random.nextInt(400);
            if (random.nextInt(3) == 0) {
                expected.remove(key);
                map = map.without(key);
            } else {
                int value = random.nextInt(1_000);
                expected.put(key, value);
                map = map.with(key, value);
            }
            if (step % 250 == 0) {
                versions.add(map);
                expectedVersions.add(new TreeMap<>(expected));
            }
            assertThat(map.size()).isEqualTo(expected.size());
            assertThat(map.get(key)).isEqualTo(expected.get(key));
        }
        assertThat(new ArrayList<>(map.entrySet())).containsExactlyElementsOf(expected.entrySet());
        for (int i = 0; i < versions.size(); i++) {
            assertThat(new ArrayList<>(versions.get(i).entrySet())).as("version %d", i)
                    .containsExactlyElementsOf(expectedVersions.get(i).entrySet());
        }
    }

    @Test
    void canListTheKeysOfARangeAndTheValuesFromTheLast() {
        PersistentSortedMap<String, Integer> map = PersistentSortedMap.empty();
        for (String key : List.of("lang", "lan", "tron", "la", "thoi", "binh", "lb")) {
            map = map.with(key, key.length());
        }
        List<String> startingWithLa = new ArrayList<>();
        map.forEachBetween("la", "la" + Character.MAX_VALUE, (key, value) -> startingWithLa.add(key));
        List<Integer> descending = new ArrayList<>();
        map.valuesDescending().forEach(descending::add);

        assertThat(startingWithLa).containsExactly("la", "lan", "lang");
        assertThat(descending).containsExactly(4, 4, 2, 4, 3, 2, 4); // tron, thoi, lb, lang, lan, la, binh
        assertThat(new ArrayList<>(map.keySet())).containsExactly("binh", "la", "lan", "lang", "lb", "thoi", "tron");
    }

    @Test
    void canKeepKeysInAGivenOrder() {
        PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty(Comparator.reverseOrder());
        for (int i = 0; i < 100; i++) {
            map = map.with(i, "v" + i);
        }
        map = map.without(50).without(1_000);

        assertThat(map).hasSize(99).doesNotContainKey(50);
        assertThat(map.keySet().iterator().next()).isEqualTo(99);
    }

    @Test
    void cannotBeChangedInPlace() {
        PersistentSortedMap<String, Integer> map = PersistentSortedMap.<String, Integer>empty().with("a", 1);

        assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).containsExactly(Map.entry("a", 1));
    }
}
