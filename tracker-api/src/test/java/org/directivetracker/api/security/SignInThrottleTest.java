package org.directivetracker.api.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins impose a growing wait per account and per address, up to a temporary lock. */
class SignInThrottleTest {
    private static final String ADDRESS = "203.0.113.7";
    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInProperties(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(5)), clock);

    @Test
    void canTryAgainAfterAFewFailures() {
        failTimes("chutich.langtron", 5);

        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).isEmpty();
    }

    @Test
    void cannotTryDuringAWaitThatDoublesWithEachFurtherFailure() {
        failTimes("chutich.langtron", 6);
        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).hasValue(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        throttle.failed("chutich.langtron", ADDRESS);
        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).hasValue(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        throttle.failed("chutich.langtron", ADDRESS);
        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).hasValue(Duration.ofSeconds(4));
    }

    @Test
    void cannotTryForTheLongestWaitAfterManyFailures() {
        failTimes("chutich.langtron", 40);

        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).hasValue(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).isEmpty();
    }

    @Test
    void cannotTryFromAnAddressThatFailedForManyAccounts() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("guess-" + i, ADDRESS);
        }

        assertThat(throttle.waitFor("chutich.datmui", ADDRESS)).isPresent();
        assertThat(throttle.waitFor("chutich.datmui", "198.51.100.1")).isEmpty();
    }

    @Test
    void canTryAgainAtOnceAfterASuccessfulSignIn() {
        failTimes("chutich.langtron", 4);
        throttle.succeeded("chutich.langtron", ADDRESS);
        failTimes("chutich.langtron", 5);

        assertThat(throttle.waitFor("chutich.langtron", ADDRESS)).isEmpty();
    }

    private void failTimes(String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, ADDRESS);
        }
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
