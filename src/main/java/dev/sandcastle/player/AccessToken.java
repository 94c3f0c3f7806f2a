package dev.sandcastle.player;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A bearer token as stored: its SHA-256, never the token itself. */
@Entity
@Table(name = "access_tokens")
public class AccessToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "player_id")
    public Player player;

    @Column(name = "token_hash")
    public byte[] tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The unexpired token with this hash (index access_tokens_hash_unique). */
    public static Optional<AccessToken> findValid(byte[] hash, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", hash, now).firstResultOptional();
    }

    /** Revokes every token of a player, except {@code keepId} when it is not null. */
    public static long deleteOfPlayer(long playerId, Long keepId) {
        return keepId == null ? delete("player.id = ?1", playerId) : delete("player.id = ?1 and id <> ?2", playerId, keepId);
    }

    public static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
