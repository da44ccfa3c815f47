package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** An index's work from a key's latest value is done once: again only for another value or a forgotten key. */
class LastComputedTest {

    private final List<String> computed = new ArrayList<>();
    private final Function<StringBuilder, String> upperCase = value -> {
        computed.add(value.toString());
        return value.toString().toUpperCase();
    };

    @Test
    void aChangesValueBeforeIsNotComputedAgainWhenItIsTheValueTheChangeBeforeBrought() {
        LastComputed<StringBuilder, String> last = new LastComputed<>(10);
        StringBuilder first = new StringBuilder("a");
        StringBuilder second = new StringBuilder("ab");

        assertThat(last.of("d1", first, upperCase)).isEqualTo("A"); // the first change's after
        assertThat(last.of("d1", first, upperCase)).isEqualTo("A"); // the second change's before
        assertThat(last.of("d1", second, upperCase)).isEqualTo("AB"); // its after

        assertThat(computed).containsExactly("a", "ab");
    }

    @Test
    void anEqualValueThatIsAnotherObjectIsComputedAgain() {
        LastComputed<StringBuilder, String> last = new LastComputed<>(10);
        last.of("d1", new StringBuilder("a"), upperCase);
        last.of("d1", new StringBuilder("a"), upperCase);

        assertThat(computed).containsExactly("a", "a");
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenPastTheCapacity() {
        LastComputed<StringBuilder, String> last = new LastComputed<>(2);
        StringBuilder one = new StringBuilder("one");
        StringBuilder two = new StringBuilder("two");
        StringBuilder three = new StringBuilder("three");
        last.of("d1", one, upperCase);
        last.of("d2", two, upperCase);
        last.of("d1", one, upperCase); // d1 used last, so d2 is the one forgotten
        last.of("d3", three, upperCase);

        last.of("d1", one, upperCase);
        last.of("d2", two, upperCase);

        assertThat(computed).containsExactly("one", "two", "three", "two");
    }
}
