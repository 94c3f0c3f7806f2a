package dev.sandcastle.webhook;

import dev.sandcastle.feed.FeedAdvanced;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers webhook_deliveries rows: claims due rows with FOR UPDATE SKIP LOCKED (so processes
 * never send the same attempt twice), pushes their next_attempt_at past a lease (so a row whose
 * process dies mid-send becomes due again by itself), POSTs the signed body, and records the
 * outcome: DELIVERED on 2xx, else another attempt after an exponential backoff, FAILED after
 * the last one. At-least-once: a receiver deduplicates by Sandcastle-Delivery.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    WebhooksConfig config;

    private HttpClient http;
    private Semaphore slots;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    private record Claimed(long id, long webhookId, long eventSeq, String type, String body, int attempt, String url,
            String secret) {
    }

    void onStart(@Observes StartupEvent event) {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect could point anywhere, private addresses too
                .connectTimeout(config.timeout())
                .build();
        slots = new Semaphore(config.concurrency());
        running = true;
        thread = Thread.ofPlatform().daemon().name("webhook-dispatcher").start(this::loop);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    void onFeedAdvanced(@Observes FeedAdvanced advanced) {
        wake.release();
    }

    private void loop() {
        while (running) {
            try {
                slots.acquire();
                slots.release();
                List<Claimed> claimed = claim(slots.availablePermits());
                for (Claimed delivery : claimed) {
                    slots.acquire();
                    Thread.ofVirtual().name("webhook-" + delivery.id()).start(() -> {
                        try {
                            deliver(delivery);
                        } finally {
                            slots.release();
                        }
                    });
                }
                if (claimed.isEmpty()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("webhook dispatcher: %s; retrying in 1 s", e.getMessage());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private List<Claimed> claim(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        WITH due AS (
                            SELECT id FROM webhook_deliveries
                            WHERE status = 'PENDING' AND next_attempt_at <= now()
                            ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED)
                        UPDATE webhook_deliveries d
                        SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ?2)
                        FROM due, webhooks w
                        WHERE d.id = due.id AND w.id = d.webhook_id
                        RETURNING d.id, d.webhook_id, d.event_seq, d.event_type, d.body, d.attempts, w.url, w.secret""")
                .setParameter(1, limit)
                .setParameter(2, (double) config.lease().toSeconds())
                .getResultList().stream().map(r -> {
                    Object[] c = (Object[]) r;
                    return new Claimed(((Number) c[0]).longValue(), ((Number) c[1]).longValue(),
                            ((Number) c[2]).longValue(), (String) c[3], (String) c[4], ((Number) c[5]).intValue(),
                            (String) c[6], (String) c[7]);
                }).toList());
    }

    private void deliver(Claimed delivery) {
        Optional<String> refused = new TargetGuard(config.allowPrivateTargets()).refusal(delivery.url());
        if (refused.isPresent()) {
            record(delivery, null, refused.get(), true);
            return;
        }
        long timestamp = System.currentTimeMillis() / 1000;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Sandcastle-Webhooks/1")
                    .header("Sandcastle-Event", delivery.type())
                    .header("Sandcastle-Event-Id", Long.toString(delivery.eventSeq()))
                    .header("Sandcastle-Delivery", Long.toString(delivery.id()))
                    .header(Signature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(Signature.SIGNATURE_HEADER, Signature.sign(delivery.secret(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            record(delivery, status, status / 100 == 2 ? null : "the receiver answered " + status, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the lease makes it due again later
        } catch (Exception e) {
            record(delivery, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false);
        }
    }

    /** Records one attempt; only if the row is still this attempt's (a lease that ran out was taken over). */
    private void record(Claimed delivery, Integer status, String error, boolean final_) {
        boolean ok = error == null;
        long backoff = Math.min(config.maxRetry().toMillis(),
                config.firstRetry().toMillis() << Math.min(30, delivery.attempt() - 1));
        String trimmed = error == null ? null : error.substring(0, Math.min(500, error.length()));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE webhook_deliveries
                        SET status = CASE WHEN ?3 THEN 'DELIVERED' WHEN ?6 OR attempts >= ?7 THEN 'FAILED' ELSE 'PENDING' END,
                            delivered_at = CASE WHEN ?3 THEN now() END,
                            last_status = ?4, last_error = ?5,
                            next_attempt_at = CASE WHEN ?3 THEN next_attempt_at
                                                   ELSE now() + make_interval(secs => ?8) END
                        WHERE id = ?1 AND attempts = ?2 AND status = 'PENDING'""")
                .setParameter(1, delivery.id())
                .setParameter(2, delivery.attempt())
                .setParameter(3, ok)
                .setParameter(4, status)
                .setParameter(5, trimmed)
                .setParameter(6, final_)
                .setParameter(7, config.maxAttempts())
                .setParameter(8, backoff / 1000.0)
                .executeUpdate());
    }
}
