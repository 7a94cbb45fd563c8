package io.ledgerlint.testsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Calls a running service's endpoints with each kind of credential and checks who gets through. Only the status line
 * and headers are read, so endpoints that stream (server-sent events) answer as quickly as any other.
 */
public final class AccessChecks {

    private static final String NOT_A_KEY = "not-a-configured-key-0123456789";

    private final URI root;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** @param root the service's base URL, e.g. {@code http://localhost:8081/} */
    public AccessChecks(URI root) {
        this.root = root;
    }

    /**
     * Without credentials (401 with a challenge and a JSON error), with an unknown key or an untrusted token: 401; with
     * a key (403 with a JSON error) or a token of any other role: 403; with the role's key in each form the services
     * accept (header, {@code Authorization: ApiKey}, Basic) and with a bearer token of the role: through (neither 401
     * nor 403, nor a server error).
     */
    public void assertOnlyRoleGetsThrough(HttpEndpoint endpoint) {
        Answer anonymous = call(endpoint, null, null);
        assertThat(anonymous.status()).as("%s without credentials", endpoint).isEqualTo(401);
        assertThat(anonymous.challenge()).as("%s challenge", endpoint).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"ledgerlint\""));
        assertThat(anonymous.body()).as("%s 401 body", endpoint).startsWith("{\"error\":\"unauthorized\",\"message\":");
        assertThat(call(endpoint, "X-API-Key", NOT_A_KEY).status()).as("%s with an unknown key", endpoint)
                .isEqualTo(401);
        assertThat(call(endpoint, "Authorization", "Bearer " + TestCredentials.foreignBearerToken(endpoint.role()))
                .status()).as("%s with a token signed by someone else", endpoint).isEqualTo(401);

        for (String other : TestCredentials.ROLES) {
            if (!other.equals(endpoint.role())) {
                Answer forbidden = call(endpoint, "X-API-Key", TestCredentials.apiKey(other));
                assertThat(forbidden.status()).as("%s with the %s key", endpoint, other).isEqualTo(403);
                assertThat(forbidden.body()).as("%s 403 body", endpoint)
                        .startsWith("{\"error\":\"forbidden\",\"message\":");
                assertThat(call(endpoint, "Authorization", "Bearer " + TestCredentials.bearerToken(other)).status())
                        .as("%s with a %s token", endpoint, other).isEqualTo(403);
            }
        }

        String key = TestCredentials.apiKey(endpoint.role());
        assertGetsThrough(endpoint, "X-API-Key", key);
        assertGetsThrough(endpoint, "Authorization", "ApiKey " + key);
        assertGetsThrough(endpoint, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("a-person:" + key).getBytes(StandardCharsets.UTF_8)));
        assertGetsThrough(endpoint, "Authorization", "Bearer " + TestCredentials.bearerToken(endpoint.role()));
    }

    /** No credentials needed. */
    public void assertOpen(HttpEndpoint endpoint) {
        assertGetsThrough(endpoint, null, null);
    }

    private void assertGetsThrough(HttpEndpoint endpoint, String header, String value) {
        int status = call(endpoint, header, value).status();
        assertThat(status).as("%s with %s", endpoint, header == null ? "no credentials" : value.split(" ")[0])
                .isNotIn(401, 403).isLessThan(500);
    }

    /** @param header a credential header to send, or null for none */
    public Answer call(HttpEndpoint endpoint, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(endpoint.path().substring(1)))
                .timeout(Duration.ofSeconds(30))
                .method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        if (endpoint.contentType() != null) {
            request.header("Content-Type", endpoint.contentType());
        }
        if (header != null) {
            request.header(header, value);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                boolean denied = response.statusCode() == 401 || response.statusCode() == 403;
                return new Answer(response.statusCode(), response.headers().firstValue("WWW-Authenticate"),
                        denied ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "");
            }
        } catch (IOException e) {
            throw new IllegalStateException(endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @param body read for 401 and 403 only (other answers may stream without end) */
    public record Answer(int status, Optional<String> challenge, String body) {
    }
}
