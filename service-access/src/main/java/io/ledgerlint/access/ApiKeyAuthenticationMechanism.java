package io.ledgerlint.access;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Reads an API key from the request ({@link PresentedKey}) while API keys are configured. It runs before the
 * bearer-token mechanism and answers the challenge of a request without valid credentials: HTTP Basic while API keys
 * are configured, so that a browser asks the person for the key (as the password) and then sends it with every page,
 * image and live update of the reports; {@code Bearer} when only bearer tokens are.
 */
@Singleton
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String KEY_CHALLENGE = "Basic realm=\"ledgerlint\", charset=\"UTF-8\"";
    private static final String TOKEN_CHALLENGE = "Bearer";

    private final Access access;

    ApiKeyAuthenticationMechanism(Access access) {
        this.access = access;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (access.apiKeys().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return PresentedKey.from(context.request().getHeader(PresentedKey.HEADER),
                        context.request().getHeader(HttpHeaderNames.AUTHORIZATION))
                .map(key -> identities.authenticate(new ApiKeyAuthenticationRequest(key)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, challenge()));
    }

    /** The challenge with a JSON body ({@link AccessDenials}). */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        AccessDenials.unauthorized(context, challenge());
        return Uni.createFrom().item(true);
    }

    private String challenge() {
        return access.apiKeys().isEmpty() ? TOKEN_CHALLENGE : KEY_CHALLENGE;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER,
                PresentedKey.HEADER, PresentedKey.SCHEME));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
