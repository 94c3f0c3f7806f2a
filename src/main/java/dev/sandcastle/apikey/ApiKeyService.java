package dev.sandcastle.apikey;

import dev.sandcastle.player.BearerTokens;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues, lists, revokes and authenticates API keys. A key is 256 random bits stored only as
 * its SHA-256 (as bearer tokens, docs/decisions/0020); revoking deletes the row, effective on
 * the next request. Authentication and the rate limit are one statement: it finds the key by
 * its hash and counts the request in the key's current window.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} _.:-]{1,64}");

    @Inject
    EntityManager em;

    @Inject
    ApiKeysConfig config;

    /** Who a key belongs to. */
    public record KeyOwner(long keyId, long ownerId, String ownerName) {
    }

    public ApiKeys.Issued issue(long ownerId, ApiKeys.Request request) {
        String label = request == null || request.label() == null ? "key" : request.label().trim();
        if (!LABEL.matcher(label).matches()) {
            throw ProblemException.unprocessable("The key cannot be issued.", List.of(new Problem.FieldError("label",
                    "label must be 1 to 64 letters, digits, blanks or _.:-")));
        }
        em.createNativeQuery("SELECT id FROM players WHERE id = ?1 FOR NO KEY UPDATE").setParameter(1, ownerId).getResultList();
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM api_keys WHERE owner_id = ?1")
                .setParameter(1, ownerId).getSingleResult()).longValue();
        if (count >= config.maxPerOwner()) {
            throw new ProblemException(409, "You have " + count + " API keys, the most an account may have; revoke one first.");
        }
        String key = ApiKeys.PREFIX + BearerTokens.newToken().substring(3);
        Object[] row = (Object[]) em.createNativeQuery("""
                        INSERT INTO api_keys (owner_id, key_hash, label) VALUES (?1, ?2, ?3) RETURNING id, created_at""")
                .setParameter(1, ownerId).setParameter(2, BearerTokens.hash(key)).setParameter(3, label)
                .getSingleResult();
        return new ApiKeys.Issued(((Number) row[0]).longValue(), key, label, instant(row[1]),
                config.requestsPerWindow(), config.window().toSeconds());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeys.View> list(long ownerId) {
        List<ApiKeys.View> views = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT id, label, created_at FROM api_keys WHERE owner_id = ?1 ORDER BY id")
                .setParameter(1, ownerId).getResultList()) {
            Object[] c = (Object[]) r;
            views.add(new ApiKeys.View(((Number) c[0]).longValue(), (String) c[1], instant(c[2])));
        }
        return views;
    }

    public void revoke(long ownerId, long id) {
        if (em.createNativeQuery("DELETE FROM api_keys WHERE id = ?1 AND owner_id = ?2")
                .setParameter(1, id).setParameter(2, ownerId).executeUpdate() == 0) {
            throw ProblemException.notFound("You have no API key " + id + ".");
        }
    }

    /**
     * The key's owner, counting this request in the key's window; empty for an unknown or
     * revoked key; {@link KeyRateLimitedException} beyond the limit.
     */
    public Optional<KeyOwner> authenticate(String key) {
        double window = Math.max(1, config.window().toSeconds());
        List<?> found = em.createNativeQuery("""
                        WITH now_window AS (
                            SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) / ?2) * ?2) AS starts)
                        UPDATE api_keys k
                        SET rate_count = CASE WHEN k.rate_window = w.starts THEN k.rate_count + 1 ELSE 1 END,
                            rate_window = w.starts
                        FROM now_window w
                        WHERE k.key_hash = ?1
                        RETURNING k.id, k.owner_id, (SELECT name FROM players WHERE id = k.owner_id), k.rate_count,
                                  ceil(extract(epoch FROM w.starts + make_interval(secs => ?2) - clock_timestamp()))""")
                .setParameter(1, BearerTokens.hash(key))
                .setParameter(2, window)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) found.getFirst();
        int count = ((Number) c[3]).intValue();
        if (count > config.requestsPerWindow()) {
            long retryAfter = Math.max(1, ((Number) c[4]).longValue());
            throw new KeyRateLimitedException(retryAfter, "This API key made more than " + config.requestsPerWindow()
                    + " requests in " + (long) window + " s; try again in " + retryAfter + " s.");
        }
        return Optional.of(new KeyOwner(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2]));
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
