package dev.sandcastle.leaderboard;

import dev.sandcastle.web.ConditionalJson;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** A mission's solvers ranked by {@code by=first|shortest|fastest} (default first). */
@Path("/api/missions/{slug}/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MissionLeaderboardResource {

    @Inject
    LeaderboardService standings;

    @Inject
    ConditionalJson conditional;

    @Inject
    LeaderboardConfig config;

    @GET
    public Response mission(@PathParam("slug") String slug, @QueryParam("by") String by,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request) {
        MissionRanking ranking = MissionRanking.parse(by);
        PageRequest paging = PageRequest.of(page, size);
        return standings.mission(slug, ranking, paging)
                .map(rows -> conditional.respond(request, rows, config.maxAge()))
                .orElseThrow(() -> ProblemException.notFound("No mission '" + slug + "'."));
    }
}
