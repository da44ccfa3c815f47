package org.directivetracker.core.api.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentTest {

    @Test
    void canBeFromZeroToAHundred() {
        assertThat(new Percent(0).value()).isZero();
        assertThat(new Percent(100).value()).isEqualTo(100);
    }

    @Test
    void cannotBeAboveAHundred() {
        assertThatThrownBy(() -> new Percent(101))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("percent: must be between 0 and 100, got 101")
                .extracting("field").isEqualTo("percent");
    }

    @Test
    void cannotBeNegative() {
        assertThatThrownBy(() -> new Percent(-5)).isInstanceOf(InvalidValueException.class);
    }
}
