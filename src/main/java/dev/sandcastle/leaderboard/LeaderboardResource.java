package dev.sandcastle.leaderboard;

import dev.sandcastle.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** The global standings: paged, in a stable order, with ETag / Cache-Control for cheap polling. */
@Path("/api/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LeaderboardResource {

    @Inject
    LeaderboardService standings;

    @Inject
    ConditionalJson conditional;

    @GET
    public Response players(@QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request) {
        return conditional.respond(request, standings.players(PageRequest.of(page, size)));
    }
}
