package dev.sandcastle.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Numbers committed outbox rows (feed_events.seq) and fans each out to the webhooks subscribed
 * to its type, one process at a time (a transaction-scoped advisory lock). Because a row gets
 * its seq only after its own transaction committed, and sequencing transactions do not overlap,
 * seq grows in the order events became visible: an SSE client resuming after seq N, or a
 * reader of "seq greater than the last one I saw", can never skip an event that commits late.
 */
@ApplicationScoped
public class FeedSequencer {
    static final String FEED_CHANNEL = "sandcastle_feed";
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    /** Sequences what is waiting; returns how many events it numbered (0 if another process holds the lock). */
    public int sequence() {
        int total = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(this::batch);
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }

    private int batch() {
        boolean mine = (Boolean) em.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext('sandcastle.feed.sequencer'))").getSingleResult();
        if (!mine) {
            return 0;
        }
        Object[] result = (Object[]) em.createNativeQuery("""
                        WITH claimed AS (
                            SELECT id FROM feed_events WHERE seq IS NULL ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED),
                        numbered AS (
                            SELECT id, nextval('feed_event_seq') AS seq FROM (SELECT id FROM claimed ORDER BY id) o),
                        done AS (
                            UPDATE feed_events e SET seq = n.seq FROM numbered n WHERE e.id = n.id
                            RETURNING e.seq, e.type, e.payload, e.created_at),
                        fanned AS (
                            INSERT INTO webhook_deliveries (webhook_id, event_seq, event_type, body)
                            SELECT w.id, d.seq, d.type,
                                   json_build_object('id', d.seq, 'type', d.type,
                                                     'createdAt', to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                                     'data', d.payload::json)::text
                            FROM done d JOIN webhooks w ON w.events @> ARRAY[d.type::text]
                            RETURNING 1)
                        SELECT (SELECT count(*) FROM done), (SELECT count(*) FROM fanned)""")
                .setParameter(1, BATCH)
                .getSingleResult();
        int numbered = ((Number) result[0]).intValue();
        if (numbered > 0) {
            em.createNativeQuery("SELECT pg_notify(?1, '')").setParameter(1, FEED_CHANNEL).getSingleResult();
        }
        return numbered;
    }
}
