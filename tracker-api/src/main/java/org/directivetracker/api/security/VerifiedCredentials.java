package org.directivetracker.api.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BCrypt with a short memory of the passwords it verified: stateless Basic authentication sends the password with
 * every request, and BCrypt costs about 90 ms of CPU each time. A successful check is remembered for a bounded time
 * under an HMAC of (stored hash, password) with a key drawn at start and never written anywhere: the memory holds no
 * password, a changed password hash never matches an old entry, and failures are never remembered (each costs a
 * BCrypt, and the sign-in throttle limits them).
 */
public class VerifiedCredentials implements PasswordEncoder {
    private static final int MOST_REMEMBERED = 10_000;

    private final PasswordEncoder bcrypt;
    private final Duration lifetime;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedCredentials(PasswordEncoder bcrypt, Duration lifetime, Clock clock) {
        this.bcrypt = bcrypt;
        this.lifetime = lifetime;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || lifetime.isZero()) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        Instant now = clock.instant();
        String entry = mac(encodedPassword, rawPassword);
        Instant until = verifiedUntil.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MOST_REMEMBERED) {
                verifiedUntil.values().removeIf(expiry -> !now.isBefore(expiry));
            }
            if (verifiedUntil.size() < MOST_REMEMBERED) {
                verifiedUntil.put(entry, now.plus(lifetime));
            }
        } else {
            verifiedUntil.remove(entry);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String mac(String encodedPassword, CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hmac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
