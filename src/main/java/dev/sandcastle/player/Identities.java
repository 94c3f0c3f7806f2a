package dev.sandcastle.player;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** How a player's identity is built and read back: attribute names in one place. */
final class Identities {
    static final String PLAYER_ID = "sandcastle.playerId";
    /** Id of the bearer token that authenticated the request (absent for a password login). */
    static final String TOKEN_ID = "sandcastle.tokenId";

    private Identities() {
    }

    static SecurityIdentity of(Player player, Long tokenId) {
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(player.name))
                .addAttribute(PLAYER_ID, player.id);
        if (tokenId != null) {
            builder.addAttribute(TOKEN_ID, tokenId);
        }
        player.roles.forEach(role -> builder.addRole(role.name()));
        return builder.build();
    }
}
