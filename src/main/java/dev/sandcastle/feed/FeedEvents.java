package dev.sandcastle.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandcastle.mission.MissionPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes consumer events into the transactional outbox (feed_events) inside the transaction
 * that makes the change: a score is announced only if its verdict commits, and an event is
 * never lost once it did. NOTIFY is delivered by PostgreSQL at commit only, to wake the
 * sequencer of some process; the sequencer's polling covers a lost notification.
 */
@ApplicationScoped
public class FeedEvents {
    static final String NEW_EVENTS_CHANNEL = "sandcastle_feed_new";

    /** score.changed: who gained how much on which mission, their new total and all-time rank. */
    public record ScoreChanged(String player, String mission, String island, int gained, int points, Long rank,
            boolean solved, Instant at) {
    }

    /** mission.published: a new mission or a new version of one. */
    public record MissionPublished(String mission, int version, String title, int points, String island) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void scoreChanged(ScoreChanged change) {
        append(FeedEvent.SCORE_CHANGED, change);
    }

    /** Observes the publisher inside its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void missionPublished(@Observes MissionPublisher.Published published) {
        if (published.outcome() == MissionPublisher.Outcome.UNCHANGED) {
            return;
        }
        List<?> found = em.createNativeQuery("SELECT title, points, island FROM missions WHERE slug = ?1")
                .setParameter(1, published.slug()).getResultList();
        if (found.isEmpty()) {
            return;
        }
        Object[] m = (Object[]) found.getFirst();
        append(FeedEvent.MISSION_PUBLISHED, new MissionPublished(published.slug(), published.version(),
                (String) m[0], ((Number) m[1]).intValue(), (String) m[2]));
    }

    private void append(String type, Object payload) {
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feed payloads are plain records", e);
        }
        em.createNativeQuery("INSERT INTO feed_events (type, payload) VALUES (?1, ?2)")
                .setParameter(1, type).setParameter(2, json).executeUpdate();
        em.createNativeQuery("SELECT pg_notify(?1, '')").setParameter(1, NEW_EVENTS_CHANNEL).getSingleResult();
    }
}
