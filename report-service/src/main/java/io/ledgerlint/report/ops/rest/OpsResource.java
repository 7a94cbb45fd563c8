package io.ledgerlint.report.ops.rest;

import io.ledgerlint.report.ops.OpsReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/ops}: the operations view as JSON, which the {@code /ops} page polls. */
@Path("/api/ops")
public class OpsResource {

    private final PipelineWatch watch;

    public OpsResource(PipelineWatch watch) {
        this.watch = watch;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OpsReport ops() {
        return watch.report();
    }
}
