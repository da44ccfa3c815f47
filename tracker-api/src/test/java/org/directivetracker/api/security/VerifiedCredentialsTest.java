package org.directivetracker.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified password is remembered for a bounded time, so repeated Basic requests cost one BCrypt check. */
class VerifiedCredentialsTest {
    private final CountingEncoder bcrypt = new CountingEncoder();
    private final SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();
    private final VerifiedCredentials credentials = new VerifiedCredentials(bcrypt, Duration.ofMinutes(5), clock);
    private final String hash = new BCryptPasswordEncoder(4).encode("mật-khẩu");

    @Test
    void canVerifyARepeatedPasswordWithoutASecondBcryptCheck() {
        assertThat(credentials.matches("mật-khẩu", hash)).isTrue();
        assertThat(credentials.matches("mật-khẩu", hash)).isTrue();

        assertThat(bcrypt.checks).isEqualTo(1);
    }

    @Test
    void cannotSkipTheBcryptCheckOnceTheLifetimeHasPassed() {
        credentials.matches("mật-khẩu", hash);
        clock.advance(Duration.ofMinutes(5));

        assertThat(credentials.matches("mật-khẩu", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void cannotRememberAWrongPassword() {
        assertThat(credentials.matches("sai", hash)).isFalse();
        assertThat(credentials.matches("sai", hash)).isFalse();

        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void cannotSignInWithTheOldPasswordOnceTheHashChanged() {
        credentials.matches("mật-khẩu", hash);
        String newHash = new BCryptPasswordEncoder(4).encode("mật-khẩu-mới");

        assertThat(credentials.matches("mật-khẩu", newHash)).isFalse();
    }

    private static final class CountingEncoder implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        int checks;

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
