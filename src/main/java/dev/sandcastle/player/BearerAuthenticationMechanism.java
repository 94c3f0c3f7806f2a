package dev.sandcastle.player;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * {@code Authorization: Bearer <token>} on every endpoint; {@code Authorization: Basic} only on
 * {@code POST /api/tokens}, where a password is exchanged for a token (with failed-login
 * throttling). Anything else is anonymous, and endpoints that need a role answer 401.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String TOKENS_PATH = "/api/tokens";
    private static final String BEARER = "bearer";
    private static final String BASIC = "basic";

    @Inject
    LoginThrottle throttle;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        if (hasScheme(header, BEARER)) {
            var request = new TokenAuthenticationRequest(new TokenCredential(credentials(header), BEARER));
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identities.authenticate(request);
        }
        if (hasScheme(header, BASIC) && isTokenRequest(context)) {
            return password(context, identities, credentials(header));
        }
        return Uni.createFrom().nullItem();
    }

    private Uni<SecurityIdentity> password(RoutingContext context, IdentityProviderManager identities, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed Basic credentials"));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed Basic credentials"));
        }
        String name = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().host();
        AuthenticationRequest request = new UsernamePasswordAuthenticationRequest(name, new PasswordCredential(password.toCharArray()));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        // the throttle's counts are in PostgreSQL: its calls run on a worker thread, never the event loop
        return blocking(() -> throttle.blockedFor(name, address))
                .flatMap(wait -> wait.isPresent()
                        ? Uni.createFrom().<SecurityIdentity>failure(new LoginThrottledException(wait.get()))
                        : identities.authenticate(request)
                                .call(identity -> blocking(() -> {
                                    throttle.recordSuccess(name, address);
                                    return identity;
                                }))
                                .onFailure(AuthenticationFailedException.class).call(e -> blocking(() -> {
                                    throttle.recordFailure(name, address);
                                    return e;
                                })));
    }

    private static <T> Uni<T> blocking(java.util.function.Supplier<T> call) {
        return Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String scheme = isTokenRequest(context) ? "Basic realm=\"sandcastle\"" : "Bearer realm=\"sandcastle\"";
        return Uni.createFrom().item(new ChallengeData(
                HttpResponseStatus.UNAUTHORIZED.code(), HttpHeaderNames.WWW_AUTHENTICATE, scheme));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, BEARER));
    }

    static boolean isTokenRequest(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && TOKENS_PATH.equals(context.normalizedPath());
    }

    private static boolean hasScheme(String header, String scheme) {
        return header.length() > scheme.length()
                && header.regionMatches(true, 0, scheme, 0, scheme.length())
                && header.charAt(scheme.length()) == ' ';
    }

    private static String credentials(String header) {
        return header.substring(header.indexOf(' ') + 1).trim();
    }
}
