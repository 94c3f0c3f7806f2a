package dev.sandcastle.apikey;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bearer credentials that are API keys ({@code sck_...}) become a CONSUMER identity: the owner's
 * name as principal, no PLAYER role, so every endpoint that changes something refuses it (403).
 * Runs before the token provider (higher priority) and passes anything else on to it.
 */
@ApplicationScoped
public class KeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    public static final String KEY_ID = "sandcastle.apiKeyId";

    @Inject
    ApiKeyService keys;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Above the default (1001) of the token provider, which refuses anything it does not know. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String presented = request.getToken().getToken();
        if (!presented.startsWith(ApiKeys.PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> keys.authenticate(presented)
                .map(owner -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(owner.ownerName()))
                        .addRole(ApiKeys.CONSUMER)
                        .addAttribute(KEY_ID, owner.keyId())
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }
}
