package dev.sandcastle.player;

import dev.sandcastle.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Logging in and out. {@code POST /api/tokens} takes HTTP Basic (the only endpoint that does)
 * and returns a bearer token; {@code DELETE /api/tokens/current} revokes the token it was
 * called with.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    CurrentPlayer current;

    @Inject
    TokenService tokens;

    @POST
    @RolesAllowed(Role.PLAYER_NAME)
    public Response issue() {
        if (current.tokenId() != null) {
            // a token must not mint tokens, or a stolen one could be kept alive forever
            return Response.fromResponse(Problem.of(401, "Log in with HTTP Basic (name and password).").toResponse())
                    .header("WWW-Authenticate", "Basic realm=\"sandcastle\"").build();
        }
        return Response.status(Response.Status.CREATED).entity(tokens.issue(current.id())).build();
    }

    /** Signs out everywhere: revokes every token of the caller, this one included. */
    @DELETE
    @RolesAllowed(Role.PLAYER_NAME)
    public Response revokeAll() {
        tokens.revokeAll(current.id());
        return Response.noContent().build();
    }

    @DELETE
    @Path("current")
    @RolesAllowed(Role.PLAYER_NAME)
    public Response revoke() {
        tokens.revoke(current.tokenId());
        return Response.noContent().build();
    }
}
