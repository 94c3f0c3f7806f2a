package dev.sandcastle.solution;

import dev.sandcastle.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The comment rate limit as problem JSON with Retry-After. */
public class SolutionProblems {

    @ServerExceptionMapper
    public Response tooManyComments(CommentLimitException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(429, e.getMessage()).withInstance(uri.getPath()).toResponse())
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }
}
