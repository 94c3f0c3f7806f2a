package dev.sandcastle.player;

import dev.sandcastle.web.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security failures as problem JSON. Works because proactive authentication is off
 * ({@code quarkus.http.auth.proactive=false}): authentication runs inside Quarkus REST, so its
 * exceptions reach these mappers instead of the bare HTTP layer.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, Request request) {
        return unauthorized(uri, request, "This endpoint needs 'Authorization: Bearer <token>' (POST /api/tokens issues one).");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, Request request) {
        return unauthorized(uri, request, isTokenRequest(uri, request)
                ? "Wrong name or password."
                : "The bearer token is unknown, expired or revoked.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "Your roles do not allow this.").withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response throttled(LoginThrottledException e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return withHeader(Problem.of(429, e.getMessage()), "Retry-After", String.valueOf(seconds));
    }

    @ServerExceptionMapper
    public Response overSubmissionLimit(SubmissionLimitException e) {
        return withHeader(Problem.of(429, e.getMessage()), "Retry-After", String.valueOf(e.retryAfterSeconds()));
    }

    private static Response unauthorized(UriInfo uri, Request request, String detail) {
        String challenge = isTokenRequest(uri, request) ? "Basic realm=\"sandcastle\"" : "Bearer realm=\"sandcastle\"";
        return withHeader(Problem.of(401, detail).withInstance(uri.getPath()), "WWW-Authenticate", challenge);
    }

    private static Response withHeader(Problem problem, String name, String value) {
        return Response.fromResponse(problem.toResponse()).header(name, value).build();
    }

    private static boolean isTokenRequest(UriInfo uri, Request request) {
        return "POST".equals(request.getMethod())
                && ("/" + uri.getPath()).replace("//", "/").equals(BearerAuthenticationMechanism.TOKENS_PATH);
    }
}
