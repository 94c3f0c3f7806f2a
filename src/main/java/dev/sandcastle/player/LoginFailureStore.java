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

    /** The current window of a key: it ends at {@code end} and has seen {@code failures}. */
    record Window(Instant end, int failures) {
    }

    /** Counts one failure: in the key's window if it has not ended at {@code now}, else in a new one. */
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
                    : new Window(w.end(), w.failures() + 1));
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
