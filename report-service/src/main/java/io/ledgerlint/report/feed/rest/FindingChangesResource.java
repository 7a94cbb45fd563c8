package io.ledgerlint.report.feed.rest;

import io.ledgerlint.report.feed.FindingChanges;
import io.ledgerlint.report.persistence.FindingChangesQuery;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The findings feed for downstream services; see docs/events.md. */
@Path("/api/findings/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings feed", description = "Findings replaced since a point in time, for catching up")
public class FindingChangesResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final FindingChangesQuery query;

    public FindingChangesResource(FindingChangesQuery query) {
        this.query = query;
    }

    @GET
    @Operation(summary = "Documents whose findings were stored or replaced after `since`, oldest first",
            description = "Each entry carries the document's complete current findings: replace what you hold for "
                    + "that document (an empty list clears it). Continue with since=next; with hasMore=false wait "
                    + "before asking again. A change can be delivered twice, never skipped.")
    @APIResponse(responseCode = "200", description = "one page of changes")
    @APIResponse(responseCode = "400", description = "since is not an ISO-8601 instant, or a bad limit")
    public FindingChanges changes(
            @Parameter(description = "exclusive lower bound, ISO-8601 instant (default: the beginning)")
            @QueryParam("since") String since,
            @Parameter(description = "documents per page, 1-" + MAX_LIMIT + " (default " + DEFAULT_LIMIT
                    + "); a page may exceed it to keep changes of the same instant together")
            @QueryParam("limit") String limit) {
        return query.since(since(since), limit(limit));
    }

    /** Truncated to PostgreSQL's microseconds: rounding up could skip a change. */
    private static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(value.strip()).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be an ISO-8601 instant such as 2024-05-01T10:00:00Z, was '"
                    + value + "'");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("limit must be a whole number between 1 and " + MAX_LIMIT + ", was '"
                + value + "'");
    }
}
