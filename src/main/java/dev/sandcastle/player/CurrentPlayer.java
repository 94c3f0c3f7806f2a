package dev.sandcastle.player;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The authenticated player of the current request, read from the bearer token's identity.
 * Endpoints that use it are {@code @RolesAllowed}, so an anonymous call never reaches it; if
 * one does, it fails closed with 401.
 */
@RequestScoped
public class CurrentPlayer {

    @Inject
    SecurityIdentity identity;

    private Player player;

    /** The player making this request (loaded once per request); 401 for an anonymous request. */
    public Player require() {
        if (player == null) {
            player = Player.<Player>findByIdOptional(id()).orElseThrow(UnauthorizedException::new);
        }
        return player;
    }

    public long id() {
        Long id = identity.getAttribute(Identities.PLAYER_ID);
        if (identity.isAnonymous() || id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    public String name() {
        id();
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return !identity.isAnonymous() && identity.hasRole(Role.ADMIN_NAME);
    }

    public boolean hasRole(Role role) {
        return !identity.isAnonymous() && identity.hasRole(role.name());
    }

    /** The id of the bearer token of this request, or null when it was a password login. */
    Long tokenId() {
        return identity.getAttribute(Identities.TOKEN_ID);
    }
}
