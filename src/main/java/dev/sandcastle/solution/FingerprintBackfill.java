package dev.sandcastle.solution;

import dev.sandcastle.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Fingerprints the accepted Checks graded before fingerprints existed (V70), in the
 * background after start-up (api role), a batch per transaction in submission-id order, so the
 * admins' copy list covers them too. Idempotent: rows that exist are kept (ON CONFLICT).
 */
@ApplicationScoped
public class FingerprintBackfill {

    private static final Logger LOG = Logger.getLogger(FingerprintBackfill.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    Roles roles;

    private volatile boolean stopping;

    void onStart(@Observes StartupEvent event) {
        if (roles.api()) {
            Thread.ofVirtual().name("fingerprint-backfill").start(this::run);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    void run() {
        long after = 0;
        long filled = 0;
        try {
            while (!stopping) {
                long from = after;
                List<?> batch = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                                SELECT s.id, s.player_id, s.mission_id, s.code FROM submissions s
                                WHERE s.id > ?1 AND s.mode = 'CHECK' AND s.verdict = 'ACCEPTED'
                                  AND NOT EXISTS (SELECT 1 FROM solution_fingerprints f WHERE f.submission_id = s.id)
                                ORDER BY s.id LIMIT ?2""")
                        .setParameter(1, from).setParameter(2, BATCH).getResultList());
                if (batch.isEmpty()) {
                    break;
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Object r : batch) {
                        Object[] c = (Object[]) r;
                        em.createNativeQuery("""
                                        INSERT INTO solution_fingerprints (submission_id, player_id, mission_id, fingerprint)
                                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                                .setParameter(1, c[0]).setParameter(2, c[1]).setParameter(3, c[2])
                                .setParameter(4, Fingerprint.of((String) c[3])).executeUpdate();
                    }
                });
                filled += batch.size();
                after = ((Number) ((Object[]) batch.getLast())[0]).longValue();
            }
            if (filled > 0) {
                LOG.infof("fingerprinted %d accepted Checks graded before fingerprints existed", filled);
            }
        } catch (RuntimeException e) {
            LOG.warnf("fingerprint back-fill stopped after %d submissions (it resumes at the next start): %s", filled, e);
        }
    }
}
