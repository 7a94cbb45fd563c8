package io.ledgerlint.report.web;

import io.ledgerlint.report.api.Paging;
import io.ledgerlint.report.persistence.DocumentPage;
import io.ledgerlint.report.persistence.DocumentQueries;
import io.ledgerlint.report.persistence.DocumentRecord;
import io.ledgerlint.report.persistence.FindingRecord;
import io.ledgerlint.report.view.DocumentHeader;
import io.ledgerlint.report.view.ReportView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The human pages: the overview of all documents and the report of one. Qute escapes every value it prints (text from a
 * PDF is untrusted). Rendered to a String here, as quarkus-rest-qute is not available from this build's repository.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(DocumentPage documents);

        static native TemplateInstance report(ReportView report);
    }

    private final DocumentQueries queries;

    public ReportPages(DocumentQueries queries) {
        this.queries = queries;
    }

    @GET
    public String overview(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return Templates.overview(queries.page(paging.page(), paging.size())).render();
    }

    @GET
    @Path("documents/{id}")
    public String report(@PathParam("id") String id) {
        DocumentRecord document = queries.document(id)
                .orElseThrow(() -> new NotFoundException("no document with id " + id));
        DocumentHeader header = new DocumentHeader(document.documentId, document.filename, document.status,
                document.errorCode, document.errorMessage, document.title, document.department, document.reportYear,
                document.pageCount, document.receivedAt, document.updatedAt);
        var findings = document.validatedAt == null ? null
                : queries.findings(id).stream().map(FindingRecord::toFinding).toList();
        var extraction = queries.extraction(id).map(stored -> stored.payload).orElse(null);
        return Templates.report(ReportView.of(header, findings, extraction)).render();
    }
}
