package dev.sandcastle.progress;

import dev.sandcastle.player.CurrentPlayer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The islands and, with a bearer token, which of them the player has opened. */
@Path("/api/islands")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress")
@PermitAll
public class IslandResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    ProgressService progress;

    @GET
    @Operation(summary = "The islands in travel order with the points that open each; with a token: the caller's points, "
            + "level, solved missions per island and what is missing")
    public Progress islands() {
        return progress.of(identity.isAnonymous() ? null : currentPlayer.require());
    }
}
