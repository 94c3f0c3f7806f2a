package dev.sandcastle.mission.authoring;

import dev.sandcastle.player.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The authoring API (AUTHOR and ADMIN): create, update, publish and read the source of missions. */
@Path("/api/missions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
@Tag(name = "authoring")
public class AuthoringResource {

    @Inject
    AuthoringService authoring;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a mission (DRAFT unless status is PUBLISHED); 422 lists every failing test")
    public Response create(MissionSource source) {
        AuthoringService.Saved saved = authoring.create(source == null ? empty() : source);
        return Response.created(URI.create("/api/missions/" + saved.slug())).entity(saved).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{slug}")
    @Operation(summary = "Update a mission: a new version (its author or an admin); 422 lists every failing test")
    public AuthoringService.Saved update(@PathParam("slug") String slug, MissionSource source) {
        return authoring.update(slug, source == null ? empty() : source);
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(summary = "Publish a draft mission (its author or an admin)")
    public AuthoringService.Saved publish(@PathParam("slug") String slug) {
        return authoring.publish(slug);
    }

    @GET
    @Path("/{slug}/source")
    @Operation(summary = "The mission as its author wrote it: reference solution and hidden tests included (author or admin)")
    public MissionSource source(@PathParam("slug") String slug) {
        return authoring.source(slug);
    }

    private static MissionSource empty() {
        return new MissionSource(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
