package io.ledgerlint.report.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error, ours or the framework's (unknown path, wrong method …), into an {@link ApiError}. */
public class ApiErrorMappers {

    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);

    @ServerExceptionMapper
    public Response httpError(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return json(status.getStatusCode(), codeOf(status), exception.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        LOG.error("request failed", exception);
        return json(500, "internal-error", "the request could not be completed");
    }

    /** "Not Found" → "not-found", "Bad Request" → "bad-request". */
    private static String codeOf(Response.StatusType status) {
        return status.getReasonPhrase().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Response json(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message)).build();
    }
}
