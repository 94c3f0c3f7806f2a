package dev.sandcastle.apikey;

import dev.sandcastle.player.CurrentPlayer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An account's read-only API keys for leaderboard consumers. Managing keys needs the account's
 * bearer token (a key cannot mint keys).
 */
@Path("/api/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLAYER")
public class ApiKeyResource {

    @Inject
    CurrentPlayer current;

    @Inject
    ApiKeyService keys;

    @POST
    @Operation(summary = "Issue a read-only API key (role CONSUMER, own rate limit); the key is shown only in this answer")
    public Response issue(ApiKeys.Request request) {
        return Response.status(Response.Status.CREATED).entity(keys.issue(current.id(), request)).build();
    }

    @GET
    @Operation(summary = "Your API keys (without the keys themselves)")
    public List<ApiKeys.View> list() {
        return keys.list(current.id());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of your API keys, effective on its next request")
    public Response revoke(@PathParam("id") long id) {
        keys.revoke(current.id(), id);
        return Response.noContent().build();
    }
}
