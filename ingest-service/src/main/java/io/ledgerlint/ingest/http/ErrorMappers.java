package io.ledgerlint.ingest.http;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.ingest.http.DocumentUploadResource.ErrorBody;
import io.ledgerlint.ingest.publish.PublishFailedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Failures outside the intake's own verdicts, answered in the contract's error shape. */
class ErrorMappers {

    @ServerExceptionMapper
    Response unsupportedContentType(NotSupportedException e) {
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .entity(new ErrorBody(ErrorCode.NOT_PDF.code(),
                        "Send the PDF as the body with Content-Type application/pdf, or as multipart form field 'file'."))
                .build();
    }

    @ServerExceptionMapper
    Response unavailable(PublishFailedException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(new ErrorBody("unavailable", "The document could not be announced; please try again later."))
                .build();
    }
}
