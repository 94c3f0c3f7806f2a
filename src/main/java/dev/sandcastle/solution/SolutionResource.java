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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Votes and comments on a shared solution; admins hide it. */
@Path("/api/solutions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "solutions")
@RolesAllowed(Role.PLAYER_NAME)
public class SolutionResource {

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    VoteService votes;

    @Inject
    CommentService comments;

    @Inject
    SolutionService solutions;

    @PUT
    @Path("/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote 1, -1 or 0 (take back) on a solution of a mission you solved; never your own (403)")
    public SolutionViews.Vote vote(@PathParam("id") long id, SolutionViews.VoteRequest request) {
        return votes.vote(currentPlayer.require(), id, request);
    }

    @GET
    @Path("/comments")
    @Operation(summary = "The comments on a solution, oldest first")
    public Page<SolutionViews.Comment> comments(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return comments.list(currentPlayer.require(), id, PageRequest.of(page, size));
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a solution (plain text, length- and rate-limited: 429 with Retry-After)")
    public Response comment(@PathParam("id") long id, SolutionViews.CommentRequest request) {
        return Response.status(201).entity(comments.post(currentPlayer.require(), id, request)).build();
    }

    @PUT
    @Path("/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Admins: hide a solution from players, or show it again")
    public SolutionViews.Solution hide(@PathParam("id") long id, SolutionViews.HiddenRequest request) {
        return solutions.setHidden(id, request);
    }
}
