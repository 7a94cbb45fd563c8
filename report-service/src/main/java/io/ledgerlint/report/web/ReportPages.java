package io.ledgerlint.report.web;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.persistence.DocumentQueries;
import io.ledgerlint.report.view.BatchSummary;
import io.ledgerlint.report.view.OverviewQuery;
import io.ledgerlint.report.view.OverviewView;
import io.ledgerlint.report.view.ReportView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The human pages: the overview of all documents, the report of one and the operations page, in Chinese or English.
 * Qute escapes every value it prints (text from a PDF is untrusted). Rendered to a String here, as the pages only need
 * Qute itself.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(OverviewView overview, UiLanguage lang);

        static native TemplateInstance report(ReportView report, UiLanguage lang);

        static native TemplateInstance ops(UiLanguage lang);
    }

    private final DocumentQueries queries;

    public ReportPages(DocumentQueries queries) {
        this.queries = queries;
    }

    @GET
    public Response overview(@QueryParam("q") String search, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("lang") String lang,
            @CookieParam(UiLanguage.COOKIE) String langCookie, @Context UriInfo uri) {
        OverviewQuery query;
        try {
            query = OverviewQuery.parse(search, status, severity, sort, dir, page, size);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        OverviewView overview = new OverviewView(query, queries.page(query.selection(), query.page(), query.size()),
                BatchSummary.of(queries.batchCounts()));
        UiLanguage language = UiLanguage.of(lang, langCookie, uri);
        return page(Templates.overview(overview, language), language);
    }

    @GET
    @Path("documents/{id}")
    public Response report(@PathParam("id") String id, @QueryParam("lang") String lang,
            @CookieParam(UiLanguage.COOKIE) String langCookie, @Context UriInfo uri) {
        DocumentDetails document = queries.document(id)
                .orElseThrow(() -> new NotFoundException("no document with id " + id));
        List<Finding> findings = document.validated() ? queries.findings(id) : null;
        TablesExtracted extraction = queries.extraction(id).orElse(null);
        UiLanguage language = UiLanguage.of(lang, langCookie, uri);
        return page(Templates.report(ReportView.of(document, findings, extraction), language), language);
    }

    /** The operations page; its figures come from {@code GET /api/ops}, which it polls. */
    @GET
    @Path("ops")
    public Response ops(@QueryParam("lang") String lang, @CookieParam(UiLanguage.COOKIE) String langCookie,
            @Context UriInfo uri) {
        UiLanguage language = UiLanguage.of(lang, langCookie, uri);
        return page(Templates.ops(language), language);
    }

    private static Response page(TemplateInstance template, UiLanguage language) {
        Response.ResponseBuilder response = Response.ok(template.setLocale(language.locale()).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (language.chosen()) {
            response.cookie(language.cookie());
        }
        return response.build();
    }
}
