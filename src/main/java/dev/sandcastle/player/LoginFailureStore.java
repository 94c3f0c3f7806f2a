package dev.sandcastle.player;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where {@link LoginThrottle} keeps its counts: one fixed window per key. Times come from the
 * throttle's clock, so every process agrees on when a window ends as far as their clocks agree.
 */
interface LoginFailureStore {

    /**
     * The current window of a key: it has seen {@code failures}, and ends at {@code end}, one
     * window after the last of them (a sliding window: quiet for a whole window, a key is forgotten).
     */
    record Window(Instant end, int failures) {
    }

    /** Counts one failure: in the key's window if it has not ended at {@code now}, else in a new one; the window then ends at now + window. */
    void count(String key, Instant now, Duration window);

    Optional<Window> window(String key);

    void clear(String key);

    /** Drops windows that ended before {@code now}; they count for nothing. */
    void forgetExpired(Instant now);

    /** One process's memory: for tests and tools; a restart resets it. */
    final class InMemory implements LoginFailureStore {
        private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

        @Override
        public void count(String key, Instant now, Duration window) {
            windows.compute(key, (k, w) -> w == null || !w.end().isAfter(now)
                    ? new Window(now.plus(window), 1)
                    : new Window(now.plus(window), w.failures() + 1));
        }

        @Override
        public Optional<Window> window(String key) {
            return Optional.ofNullable(windows.get(key));
        }

        @Override
        public void clear(String key) {
            windows.remove(key);
        }

        @Override
        public void forgetExpired(Instant now) {
            windows.values().removeIf(w -> !w.end().isAfter(now));
        }
    }
}
