package io.ledgerlint.ingest.http;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.ingest.intake.IntakeResult;
import io.ledgerlint.ingest.intake.RejectionCode;
import io.ledgerlint.ingest.intake.Source;
import io.ledgerlint.ingest.publish.IntakePublisher;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /api/documents}: a PDF as the raw body or as multipart field {@code file} (CONTRACT.md). */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentUploadResource {

    static final String PDF = "application/pdf";

    public record ReceivedBody(String documentId, String sha256, DocumentStatus status) {
    }

    public record ErrorBody(String error, String message) {
    }

    private final IntakePublisher publisher;

    DocumentUploadResource(IntakePublisher publisher) {
        this.publisher = publisher;
    }

    @POST
    @Consumes({PDF, MediaType.APPLICATION_OCTET_STREAM})
    public Response uploadBody(@HeaderParam("X-Filename") String filename, InputStream body) throws IOException {
        // Spooled to disk: a body may be 100 MiB, and the intake reads it more than once.
        java.nio.file.Path spooled = Files.createTempFile("ledgerlint-upload-", ".pdf");
        try {
            try (body) {
                Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            return answer(publisher.receive(spooled, HeaderFilenames.decode(filename), Source.UPLOAD));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** Quarkus has already spooled the part to a file, deleted when the request ends. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ErrorBody(RejectionCode.EMPTY_FILE.code(), "The form has no field named 'file'."))
                    .build();
        }
        return answer(publisher.receive(file.uploadedFile(), file.fileName(), Source.UPLOAD));
    }

    private static Response answer(IntakeResult result) {
        if (result instanceof IntakeResult.Rejected rejected) {
            return Response.status(statusFor(rejected.code()))
                    .entity(new ErrorBody(rejected.code().code(), rejected.event().message()))
                    .build();
        }
        IntakeResult.Accepted accepted = (IntakeResult.Accepted) result;
        return Response.accepted(new ReceivedBody(accepted.documentId(), accepted.event().sha256(),
                DocumentStatus.RECEIVED)).build();
    }

    private static int statusFor(RejectionCode code) {
        return switch (code) {
            case EMPTY_FILE -> 400;
            case TOO_LARGE -> 413;
            case NOT_PDF -> 415;
            case UNREADABLE_PDF, ENCRYPTED_PDF -> 422;
        };
    }
}
