package dev.sandcastle.player;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Issues, resolves and revokes bearer tokens. */
@ApplicationScoped
@Transactional
public class TokenService {

    @Inject
    AccountsConfig config;

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(long playerId) {
        String token = BearerTokens.newToken();
        AccessToken stored = new AccessToken();
        stored.player = Player.findById(playerId);
        stored.tokenHash = BearerTokens.hash(token);
        stored.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        stored.expiresAt = stored.createdAt.plus(config.tokenTtl());
        stored.persist();
        return new Issued(token, stored.expiresAt);
    }

    /**
     * The stored token for a presented one, if it exists and has not expired. In a transaction of
     * its own (not SUPPORTS): outside a transaction the request's session would keep its database
     * connection until the request ends, and a long poll's request lasts up to 30 s.
     */
    public Optional<AccessToken> resolve(String token) {
        return AccessToken.findValid(BearerTokens.hash(token), Instant.now());
    }

    /** Signs a player out everywhere: every one of its tokens is revoked. */
    public long revokeAll(long playerId) {
        return AccessToken.deleteOfPlayer(playerId, null);
    }

    public boolean revoke(long tokenId) {
        return AccessToken.deleteById(tokenId);
    }

    /** Expired tokens are useless; remove them so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        AccessToken.deleteExpired(Instant.now());
    }
}
