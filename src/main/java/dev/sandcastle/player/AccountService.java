package dev.sandcastle.player;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Registration, password checks and role changes. */
@ApplicationScoped
@Transactional
public class AccountService {
    /** 3-32 characters of letters, digits, underscore and hyphen (README, "Accounts"). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    public static final int MIN_PASSWORD_CHARS = 8;
    /** bcrypt reads at most 72 bytes; longer passwords are refused instead of silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    @Inject
    AccountsConfig config;

    @Inject
    EntityManager em;

    /** Hash compared against when a name is unknown, so a miss costs as much time as a hit. */
    private volatile String decoyHash;

    /**
     * Creates a player, or returns empty when the name is taken (in any letter case). The insert
     * is atomic: two concurrent registrations of one name cannot both succeed.
     */
    public Optional<Player> register(String name, String password, Set<Role> roles) {
        String hash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        var inserted = em.createNativeQuery("""
                        INSERT INTO players (name, password_hash) VALUES (?1, ?2)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .setParameter(1, name)
                .setParameter(2, hash)
                .getResultList();
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) inserted.getFirst()).longValue();
        EnumSet<Role> all = EnumSet.of(Role.PLAYER);
        all.addAll(roles);
        for (Role role : all) {
            em.createNativeQuery("INSERT INTO player_roles (player_id, role) VALUES (?1, ?2)")
                    .setParameter(1, id)
                    .setParameter(2, role.name())
                    .executeUpdate();
        }
        return Optional.of(Player.findById(id));
    }

    /** The player when the password is right; empty for an unknown name or a wrong password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Player> authenticate(String name, String password) {
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // longer than bcrypt reads: it would match any password with the same first 72 bytes
            BcryptUtil.matches("x", decoyHash());
            return Optional.empty();
        }
        Optional<Player> player = Player.findByName(name); // empty for a name off the registration rule
        String hash = player.map(p -> p.passwordHash).orElse(null);
        if (hash == null) {
            BcryptUtil.matches(password, decoyHash());
            return Optional.empty();
        }
        return BcryptUtil.matches(password, hash) ? player : Optional.empty();
    }

    /**
     * Sets a new password when the old one is right, and revokes every token of the player
     * except {@code keepTokenId} (the session that asked). False when the old password is wrong.
     */
    public boolean changePassword(long playerId, String oldPassword, String newPassword, Long keepTokenId) {
        Player player = Player.findById(playerId);
        if (player == null || player.passwordHash == null
                || oldPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || !BcryptUtil.matches(oldPassword, player.passwordHash)) {
            return false;
        }
        player.passwordHash = BcryptUtil.bcryptHash(newPassword, config.bcryptCost());
        AccessToken.deleteOfPlayer(playerId, keepTokenId);
        return true;
    }

    /** Sets a player's roles; PLAYER is always kept. */
    public Player setRoles(Player player, Set<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.PLAYER);
        all.addAll(roles);
        player.roles.clear();
        player.roles.addAll(all);
        return player;
    }

    /** Start-up check for the configured admin name (see {@link AdminBootstrap}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void warnIfNotAdmin(String name) {
        Player.findByName(name).filter(p -> !p.roles.contains(Role.ADMIN)).ifPresent(p -> org.jboss.logging.Logger
                .getLogger(AdminBootstrap.class)
                .warnf("SANDCASTLE_ADMIN_NAME '%s' belongs to an existing player without ADMIN; not promoting it", p.name));
    }

    /** Whether a password meets the documented rules (length only: a passphrase is fine). */
    public static boolean acceptablePassword(String password) {
        return password != null
                && password.codePointCount(0, password.length()) >= MIN_PASSWORD_CHARS
                && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = BcryptUtil.bcryptHash("decoy-" + Instant.now(), config.bcryptCost());
            decoyHash = hash;
        }
        return hash;
    }
}
