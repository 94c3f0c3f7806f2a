package dev.sandcastle.submission;

import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Role;
import jakarta.annotation.security.RolesAllowed;
import dev.sandcastle.web.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;

@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
@RolesAllowed(Role.PLAYER_NAME)
public class SubmissionResource {

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    SubmissionService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "A submission with per-test results; ?wait=N waits up to N seconds for the verdict")
    @Blocking // the first read; the wait itself then holds no thread (SubmissionService.find)
    public Uni<SubmissionViews.Detail> get(@PathParam("id") long id, @QueryParam("wait") Double waitSeconds,
            @Context HttpServerRequest http) {
        if (waitSeconds != null && (waitSeconds < 0 || waitSeconds.isNaN())) {
            throw ProblemException.badRequest("wait must be 0 or more seconds.");
        }
        Duration wait = waitSeconds == null ? Duration.ZERO : Duration.ofMillis((long) (Math.min(waitSeconds, 3600) * 1000));
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        var reader = new SubmissionService.Reader(currentPlayer.id(), currentPlayer.isAdmin(), address);
        var answer = service.find(reader, id, wait);
        return Uni.createFrom().completionStage(answer)
                .onCancellation().invoke(() -> answer.cancel(false)); // the client went away: free its place
    }
}
