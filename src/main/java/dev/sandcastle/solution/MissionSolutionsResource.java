package dev.sandcastle.solution;

import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Role;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A mission's shared solutions: publish, read (solvers and those who gave up), unlock. */
@Path("/api/missions/{slug}/solutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "solutions")
@RolesAllowed(Role.PLAYER_NAME)
public class MissionSolutionsResource {

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    SolutionService solutions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish one of your accepted Checks of the mission in a category "
            + "(clear, creative, speedy, uncategorized; one per category); a copy of an earlier published solution is refused (409)")
    public Response publish(@PathParam("slug") String slug, SolutionViews.PublishRequest request) {
        return Response.status(201).entity(solutions.publish(currentPlayer.require(), slug, request)).build();
    }

    @GET
    @Operation(summary = "The mission's shared solutions, for players who solved it or unlocked them (403 otherwise)")
    public Page<SolutionViews.Solution> list(@PathParam("slug") String slug, @QueryParam("sort") String sort,
            @QueryParam("category") String category, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return solutions.list(currentPlayer.require(), slug, SolutionSort.parse(sort), category, PageRequest.of(page, size));
    }

    @POST
    @Path("/unlock")
    @Operation(summary = "Give up the mission's points to read its solutions; a Check passed afterwards scores nothing")
    public SolutionViews.Unlocked unlock(@PathParam("slug") String slug) {
        return solutions.unlock(currentPlayer.require(), slug);
    }
}
