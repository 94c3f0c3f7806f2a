package dev.sandcastle.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Reads sequenced events (feed_events_seq_unique) and purges them after the retention. */
@ApplicationScoped
public class FeedStore {

    @Inject
    EntityManager em;

    @Inject
    FeedConfig config;

    /** Events with seq in (after, upTo], oldest first, at most {@code limit}. */
    public List<FeedEvent> between(long after, long upTo, int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<FeedEvent> events = new ArrayList<>();
            for (Object r : em.createNativeQuery("""
                            SELECT seq, type, payload, created_at FROM feed_events
                            WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3""")
                    .setParameter(1, after).setParameter(2, upTo).setParameter(3, limit).getResultList()) {
                Object[] c = (Object[]) r;
                events.add(new FeedEvent(((Number) c[0]).longValue(), (String) c[1], (String) c[2], instant(c[3])));
            }
            return events;
        });
    }

    /** The highest sequenced event, 0 if none. */
    public long head() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery(
                "SELECT coalesce(max(seq), 0) FROM feed_events").getSingleResult()).longValue());
    }

    /** The oldest event still kept, if any. */
    public OptionalLong oldest() {
        Object min = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "SELECT min(seq) FROM feed_events").getSingleResult());
        return min == null ? OptionalLong.empty() : OptionalLong.of(((Number) min).longValue());
    }

    /** Sequenced events older than the retention go; an unsequenced one waits for its number first. */
    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        DELETE FROM feed_events WHERE seq IS NOT NULL AND created_at < now() - make_interval(secs => ?1)""")
                .setParameter(1, (double) config.retention().toSeconds()).executeUpdate());
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
