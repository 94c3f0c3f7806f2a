package dev.sandcastle.submission;

import dev.sandcastle.web.RetryLaterException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the long polls ({@code ?wait=N}) open per player and per client address and refuses
 * more than the configured caps with 429. An open wait holds no thread, only a connection and
 * a few objects; the caps keep one account or one address from holding thousands of them.
 * Counted in this process: a wait lives in the process that holds its connection.
 */
@ApplicationScoped
public class OpenWaits {

    /** A taken place; {@link #close()} gives it back (once). */
    public final class Slot implements AutoCloseable {
        private final long playerId;
        private final String address;
        private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

        private Slot(long playerId, String address) {
            this.playerId = playerId;
            this.address = address;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                release(perPlayer, playerId);
                release(perAddress, address);
                total.decrementAndGet();
            }
        }
    }

    private final ConcurrentHashMap<Long, AtomicInteger> perPlayer = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final int maxPerPlayer;
    private final int maxPerAddress;
    private final int retryAfterSeconds;

    @Inject
    public OpenWaits(SubmissionConfig config, MeterRegistry registry) {
        this(config.waits().maxPerPlayer(), config.waits().maxPerAddress(), config.waits().retryAfterSeconds());
        Gauge.builder("sandcastle_long_polls_open", total, AtomicInteger::get)
                .description("GET /api/submissions/{id}?wait=N requests waiting for a verdict").register(registry);
    }

    OpenWaits(int maxPerPlayer, int maxPerAddress, int retryAfterSeconds) {
        this.maxPerPlayer = maxPerPlayer;
        this.maxPerAddress = maxPerAddress;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Takes a place for one more wait, or throws a 429 when the player or the address is at its cap. */
    public Slot open(long playerId, String address) {
        if (!take(perPlayer, playerId, maxPerPlayer)) {
            throw new RetryLaterException("You have " + maxPerPlayer + " waits open already; wait for one of them to end.",
                    retryAfterSeconds);
        }
        if (!take(perAddress, address, maxPerAddress)) {
            release(perPlayer, playerId);
            throw new RetryLaterException("Your address has " + maxPerAddress + " waits open already.", retryAfterSeconds);
        }
        total.incrementAndGet();
        return new Slot(playerId, address);
    }

    /** Waits open in this process. */
    public int open() {
        return total.get();
    }

    private static <K> boolean take(ConcurrentHashMap<K, AtomicInteger> counts, K key, int max) {
        boolean[] taken = {false};
        counts.compute(key, (k, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            if (count.get() < max) {
                count.incrementAndGet();
                taken[0] = true;
            }
            return count.get() == 0 ? null : count;
        });
        return taken[0];
    }

    private static <K> void release(ConcurrentHashMap<K, AtomicInteger> counts, K key) {
        counts.computeIfPresent(key, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }
}
