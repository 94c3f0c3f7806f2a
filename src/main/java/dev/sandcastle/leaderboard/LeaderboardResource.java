package dev.sandcastle.leaderboard;

import dev.sandcastle.feed.LiveFeed;
import dev.sandcastle.web.ConditionalJson;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The standings: paged, in a stable order, with ETag / Cache-Control for cheap polling; by time
 * window and island; around a player; and as a live Server-Sent Events stream.
 */
@Path("/api/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LeaderboardResource {

    @Inject
    BoardService boards;

    @Inject
    LeaderboardConfig config;

    @Inject
    ConditionalJson conditional;

    @Inject
    LiveFeed live;

    @GET
    @Operation(summary = "Players ranked by points earned in a UTC calendar window, optionally on one island's missions")
    public Response players(
            @Parameter(description = "all (default), season, month or week (ISO week from Monday 00:00 UTC)") @QueryParam("window") String window,
            @Parameter(description = "only points earned on this island's missions") @QueryParam("island") String island,
            @Parameter(description = "an ISO-8601 instant inside the wanted period (default: now), e.g. last week's board") @QueryParam("at") String at,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request) {
        Board board = board(window, island, at);
        return conditional.respond(request, boards.page(board, PageRequest.of(page, size)), config.maxAge());
    }

    @GET
    @Path("around/{name}")
    @Operation(summary = "The rows ranked around a player on any board (radius rows above and below; fewer at the edges)")
    public Response around(@PathParam("name") String name, @QueryParam("radius") Integer radius,
            @QueryParam("window") String window, @QueryParam("island") String island, @QueryParam("at") String at,
            @Context Request request) {
        int r = radius == null ? 5 : radius;
        if (r < 0 || r > config.maxRadius()) {
            throw ProblemException.badRequest("radius must be between 0 and " + config.maxRadius() + ".");
        }
        return conditional.respond(request, boards.around(board(window, island, at), name, r), config.maxAge());
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"CONSUMER", "PLAYER"})
    @Operation(summary = "Live score.changed and mission.published events (Server-Sent Events; resume with Last-Event-ID)")
    public void stream(@Context SseEventSink sink, @Context Sse sse,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "the same as the Last-Event-ID header, for clients that cannot set headers")
            @QueryParam("lastEventId") String lastEventIdParam) {
        String resumeAfter = lastEventId != null ? lastEventId : lastEventIdParam;
        Long after = null;
        if (resumeAfter != null && !resumeAfter.isBlank()) {
            try {
                after = Long.parseLong(resumeAfter.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("Last-Event-ID must be the id of an event of this stream (a number).");
            }
        }
        live.open(sink, sse, after);
    }

    private Board board(String window, String island, String at) {
        Instant when;
        try {
            when = at == null || at.isBlank() ? Instant.now() : Instant.parse(at.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("at must be an ISO-8601 instant such as 2026-12-01T00:00:00Z.");
        }
        return Board.of(Window.parse(window), island == null || island.isBlank() ? null : island.trim(), when,
                config.seasonMonths());
    }
}
