package dev.sandcastle.solution;

import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A comment: its author edits or deletes it, admins hide it. */
@Path("/api/comments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "solutions")
@RolesAllowed(Role.PLAYER_NAME)
public class CommentResource {

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    CommentService comments;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit your comment")
    public SolutionViews.Comment edit(@PathParam("id") long id, SolutionViews.CommentRequest request) {
        return comments.edit(currentPlayer.require(), id, request);
    }

    @DELETE
    @Operation(summary = "Delete your comment")
    public Response delete(@PathParam("id") long id) {
        comments.delete(currentPlayer.require(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Admins: hide a comment from players, or show it again")
    public SolutionViews.Comment hide(@PathParam("id") long id, SolutionViews.HiddenRequest request) {
        return comments.setHidden(id, request);
    }
}
