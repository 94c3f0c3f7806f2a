package dev.sandcastle.solution;

import dev.sandcastle.player.Role;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins: identical accepted solutions (same fingerprint) of one mission by different players. */
@Path("/api/admin/copies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "solutions")
@RolesAllowed(Role.ADMIN_NAME)
public class CopyResource {

    @Inject
    CopyService copies;

    @GET
    @Operation(summary = "Groups of identical accepted solutions by different players, newest group first; ?mission= narrows")
    public Page<SolutionViews.CopyGroup> groups(@QueryParam("mission") String mission, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return copies.groups(mission, PageRequest.of(page, size));
    }
}
