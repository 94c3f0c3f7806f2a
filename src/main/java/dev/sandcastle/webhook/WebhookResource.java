package dev.sandcastle.webhook;

import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.webhook.Webhooks.Delivery;
import dev.sandcastle.webhook.Webhooks.Registration;
import dev.sandcastle.webhook.Webhooks.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An account's webhooks: signed POSTs of score.changed and mission.published events to a
 * public URL, retried with exponential backoff, with a delivery log (docs/decisions/0063).
 */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLAYER")
public class WebhookResource {

    @Inject
    CurrentPlayer current;

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook {url, events, secret}; deliveries are signed with HMAC-SHA256 of 'timestamp.body'")
    public Response register(Registration registration) {
        return Response.status(Response.Status.CREATED).entity(webhooks.register(current.id(), registration)).build();
    }

    @GET
    @Operation(summary = "Your webhooks")
    public List<View> list() {
        return webhooks.list(current.id());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of your webhooks (and its delivery log)")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(current.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log of one of your webhooks, newest first")
    public Page<Delivery> deliveries(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return webhooks.deliveries(current.id(), id, PageRequest.of(page, size));
    }
}
