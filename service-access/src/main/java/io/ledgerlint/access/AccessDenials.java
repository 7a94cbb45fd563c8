package io.ledgerlint.access;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * 401 and 403 answer like every other error of the services, {@code {"error", "message"}} (docs/CONTRACT.md),
 * rather than with Quarkus' empty bodies.
 */
@Singleton
public class AccessDenials {

    static final String UNAUTHORIZED = "{\"error\":\"unauthorized\",\"message\":\"This path needs credentials: an API "
            + "key (header X-API-Key, Authorization: ApiKey, or Basic with the key as password) or a bearer token.\"}";
    static final String FORBIDDEN = "{\"error\":\"forbidden\",\"message\":\"The credentials presented do not grant "
            + "the role this path needs.\"}";

    /** A request without valid credentials: 401 with the challenge. */
    static void unauthorized(RoutingContext context, String challenge) {
        send(context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, challenge), 401, UNAUTHORIZED);
    }

    /** Authenticated, but without the path's role (the path policies fail the request with ForbiddenException). */
    void answerForbidden(@Observes Router router) {
        router.route().failureHandler(context -> {
            if (context.failure() instanceof ForbiddenException) {
                send(context.response(), 403, FORBIDDEN);
            } else {
                context.next();
            }
        });
    }

    private static void send(HttpServerResponse response, int status, String body) {
        if (!response.ended()) {
            response.setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json").end(body);
        }
    }
}
