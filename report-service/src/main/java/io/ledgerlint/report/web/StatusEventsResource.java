package io.ledgerlint.report.web;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** {@code GET /api/events}: server-sent events, one JSON {@link StatusChange} per committed document change. */
@Path("/api/events")
public class StatusEventsResource {

    private final StatusChanges changes;

    public StatusEventsResource(StatusChanges changes) {
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<StatusChange> events() {
        return changes.stream();
    }
}
