package io.nocvault.identity.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins for usernames that do not exist, so that they "lock" like real accounts do and the lock
 * message reveals nothing about which usernames exist. Bounded and in memory: it only has to mimic the lock.
 */
@Component
class UnknownUserThrottle {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Attempts> attempts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** True when this unknown username looks locked at {@code now}. */
    synchronized boolean locked(String username, Instant now) {
        Attempts a = attempts.get(username);
        if (a == null || a.lockedUntil() == null) {
            return false;
        }
        if (a.lockedUntil().isAfter(now)) {
            return true;
        }
        attempts.remove(username);
        return false;
    }

    /** Counts a failure; answers true when this failure "locks" the username. */
    synchronized boolean recordFailure(String username, IdentityProperties.Lockout policy, Instant now) {
        Attempts a = attempts.getOrDefault(username, new Attempts(0, null));
        int count = a.count() + 1;
        boolean lock = count >= policy.maxAttempts();
        Instant until = lock ? LoginService.lockEnd(policy, now) : null;
        attempts.put(username, new Attempts(count, until));
        return lock;
    }

    private record Attempts(int count, Instant lockedUntil) {}
}
