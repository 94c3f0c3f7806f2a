package dev.sandcastle.submission;

import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/missions/{slug}/submissions}: its own root so it is not shadowed by /api/missions. */
@Path("/api/missions/{slug}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
@RolesAllowed(Role.PLAYER_NAME)
public class SubmitResource {

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    SubmissionService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a solution: mode run grades the public examples, check grades every test")
    public Response submit(@PathParam("slug") String slug, @NotNull(message = "a JSON body is required") @Valid SubmissionRequest request) {
        Submission submission = service.submit(currentPlayer.require(), slug, request);
        return Response.accepted(new Accepted(submission.id, submission.status))
                .location(UriBuilder.fromPath("/api/submissions/{id}").build(submission.id))
                .build();
    }

    /** The body of a 202: where to look, and the state right now. */
    public record Accepted(long id, SubmissionStatus status) {
    }
}
