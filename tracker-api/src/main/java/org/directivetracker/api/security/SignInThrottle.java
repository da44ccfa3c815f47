package org.directivetracker.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per account and per address. After the free failures each further one imposes
 * a wait before the next attempt is even checked, doubling up to the longest wait (the temporary lock); a successful
 * sign-in clears the account's and the address's count. Attempts during a wait are refused without a password check,
 * so guessing costs the service nothing. Counts are kept in memory, per instance, and forgotten a while after the
 * last failure.
 */
public class SignInThrottle {
    private static final Logger log = LoggerFactory.getLogger("security");
    private static final int MOST_TRACKED = 50_000;

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private record Failures(int count, Instant waitUntil, Instant last) {
    }

    /** How long the account or the address must still wait before a sign-in is checked; empty when it may try now. */
    public Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(waitUntil("account:" + account), waitUntil("address:" + address));
        return until != null && now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), currentAddress());
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), currentAddress());
    }

    public void failed(String account, String address) {
        Duration accountWait = count("account:" + account, properties.freeFailures());
        Duration addressWait = count("address:" + address, properties.freeAddressFailures());
        Duration wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
        if (!wait.isZero()) {
            log.warn("sign-in throttled: account={} address={} wait={}s{}", SecurityEvents.sanitize(account), address,
                    wait.toSeconds(), wait.equals(properties.longestWait()) ? " (locked)" : "");
        }
    }

    public void succeeded(String account, String address) {
        failures.remove("account:" + account);
        failures.remove("address:" + address);
    }

    private Duration count(String key, int free) {
        Instant now = clock.instant();
        if (failures.size() >= MOST_TRACKED) {
            Instant forgotten = now.minus(properties.longestWait().multipliedBy(2));
            failures.values().removeIf(entry -> entry.last().isBefore(forgotten));
        }
        Failures updated = failures.compute(key, (ignored, previous) -> {
            int count = previous == null || previous.last().isBefore(now.minus(properties.longestWait().multipliedBy(2)))
                    ? 1 : previous.count() + 1;
            return new Failures(count, now.plus(waitAfter(count, free)), now);
        });
        return waitAfter(updated.count(), free);
    }

    private Duration waitAfter(int count, int free) {
        int beyondFree = count - free;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration wait = properties.firstWait().multipliedBy(1L << Math.min(beyondFree - 1, 30));
        return wait.compareTo(properties.longestWait()) > 0 ? properties.longestWait() : wait;
    }

    private Instant waitUntil(String key) {
        Failures entry = failures.get(key);
        return entry == null ? null : entry.waitUntil();
    }

    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "-";
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
