package dev.sandcastle.webhook;

import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import dev.sandcastle.webhook.Webhooks.Delivery;
import dev.sandcastle.webhook.Webhooks.Registration;
import dev.sandcastle.webhook.Webhooks.View;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Registers, lists and removes an account's webhooks, and reads their delivery log. */
@ApplicationScoped
@Transactional
public class WebhookService {
    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 200;
    private static final int MAX_URL = 2000;

    @Inject
    EntityManager em;

    @Inject
    WebhooksConfig config;

    public View register(long ownerId, Registration registration) {
        if (registration == null) {
            throw ProblemException.unprocessable("A body {url, events, secret} is required.", List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = registration.url();
        if (url == null || url.isBlank()) {
            errors.add(new Problem.FieldError("url", "url is required."));
        } else if (url.length() > MAX_URL) {
            errors.add(new Problem.FieldError("url", "url is longer than " + MAX_URL + " characters."));
        } else {
            new TargetGuard(config.allowPrivateTargets()).refusal(url)
                    .ifPresent(why -> errors.add(new Problem.FieldError("url", why)));
        }
        List<String> events = registration.events() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(registration.events().stream().map(e -> e == null ? "" : e).toList()));
        if (events.isEmpty()) {
            errors.add(new Problem.FieldError("events", "events must name at least one of " + Webhooks.EVENT_TYPES + "."));
        }
        for (String event : events) {
            if (!Webhooks.EVENT_TYPES.contains(event)) {
                errors.add(new Problem.FieldError("events", "'" + event + "' is not one of " + Webhooks.EVENT_TYPES + "."));
            }
        }
        String secret = registration.secret();
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            errors.add(new Problem.FieldError("secret", "secret must be " + MIN_SECRET + " to " + MAX_SECRET + " characters."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The webhook cannot be registered.", errors);
        }
        // the owner's row serialises concurrent registrations, so the cap holds
        em.createNativeQuery("SELECT id FROM players WHERE id = ?1 FOR NO KEY UPDATE").setParameter(1, ownerId).getResultList();
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM webhooks WHERE owner_id = ?1")
                .setParameter(1, ownerId).getSingleResult()).longValue();
        if (count >= config.maxPerOwner()) {
            throw new ProblemException(409, "You have " + count + " webhooks, the most an account may have; delete one first.");
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                        INSERT INTO webhooks (owner_id, url, events, secret) VALUES (?1, ?2, CAST(?3 AS text[]), ?4)
                        RETURNING id, created_at""")
                .setParameter(1, ownerId).setParameter(2, url).setParameter(3, "{" + String.join(",", events) + "}")
                .setParameter(4, secret).getSingleResult();
        return new View(((Number) row[0]).longValue(), url, events, instant(row[1]));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> list(long ownerId) {
        List<View> views = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        SELECT id, url, array_to_string(events, ','), created_at FROM webhooks WHERE owner_id = ?1 ORDER BY id""")
                .setParameter(1, ownerId).getResultList()) {
            Object[] c = (Object[]) r;
            views.add(new View(((Number) c[0]).longValue(), (String) c[1], Arrays.asList(((String) c[2]).split(",")),
                    instant(c[3])));
        }
        return views;
    }

    /** Deletes the owner's webhook and its log; someone else's is "not found" (ids reveal nothing). */
    public void delete(long ownerId, long id) {
        int deleted = em.createNativeQuery("DELETE FROM webhooks WHERE id = ?1 AND owner_id = ?2")
                .setParameter(1, id).setParameter(2, ownerId).executeUpdate();
        if (deleted == 0) {
            throw ProblemException.notFound("You have no webhook " + id + ".");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Delivery> deliveries(long ownerId, long id, PageRequest page) {
        List<?> owned = em.createNativeQuery("SELECT 1 FROM webhooks WHERE id = ?1 AND owner_id = ?2")
                .setParameter(1, id).setParameter(2, ownerId).getResultList();
        if (owned.isEmpty()) {
            throw ProblemException.notFound("You have no webhook " + id + ".");
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_deliveries WHERE webhook_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        List<Delivery> rows = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        SELECT id, event_seq, event_type, status, attempts, last_status, last_error, created_at,
                               next_attempt_at, delivered_at
                        FROM webhook_deliveries WHERE webhook_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3""")
                .setParameter(1, id).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList()) {
            Object[] c = (Object[]) r;
            String status = (String) c[3];
            rows.add(new Delivery(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2], status,
                    ((Number) c[4]).intValue(), c[5] == null ? null : ((Number) c[5]).intValue(), (String) c[6],
                    instant(c[7]), "PENDING".equals(status) ? instant(c[8]) : null, instant(c[9])));
        }
        return Page.of(rows, page, total);
    }

    /** Finished deliveries leave the log after its retention. */
    @Scheduled(every = "1h", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeLog() {
        em.createNativeQuery("""
                        DELETE FROM webhook_deliveries
                        WHERE status <> 'PENDING' AND created_at < now() - make_interval(secs => ?1)""")
                .setParameter(1, (double) config.logRetention().toSeconds()).executeUpdate();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
