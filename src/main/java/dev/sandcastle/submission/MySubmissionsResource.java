package dev.sandcastle.submission;

import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Role;
import jakarta.annotation.security.RolesAllowed;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/players/me/submissions}: its own root so it is not shadowed by a /api/players resource. */
@Path("/api/players/me/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
@RolesAllowed(Role.PLAYER_NAME)
public class MySubmissionsResource {

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    SubmissionService service;

    @GET
    @Operation(summary = "The current player's submissions, newest first; filter by mission slug")
    public Page<SubmissionViews.Summary> mine(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("mission") String mission) {
        return service.history(currentPlayer.require(), mission, PageRequest.of(page, size));
    }
}
