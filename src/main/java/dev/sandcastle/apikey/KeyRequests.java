package dev.sandcastle.apikey;

import dev.sandcastle.web.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request made with an API key is authenticated (and so counted against the key's rate
 * limit), public endpoints included: authentication is otherwise lazy (proactive auth is off),
 * and the public leaderboards would never look at the key.
 */
public class KeyRequests {

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter
    public Uni<Void> authenticateKeys(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer " + ApiKeys.PREFIX, 0, 7 + ApiKeys.PREFIX.length())) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().replaceWithVoid();
    }

    @ServerExceptionMapper
    public Response rateLimited(KeyRateLimitedException e) {
        return Response.fromResponse(Problem.of(429, e.getMessage()).toResponse())
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }
}
