package io.ledgerlint.ingest.http;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.ingest.http.LenientMultipartReader.Broken;
import io.ledgerlint.ingest.http.LenientMultipartReader.FileField;
import io.ledgerlint.ingest.http.LenientMultipartReader.Form;
import io.ledgerlint.ingest.intake.IntakeResult;
import io.ledgerlint.ingest.intake.Problem;
import io.ledgerlint.ingest.intake.Source;
import io.ledgerlint.ingest.publish.IntakePublisher;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

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
        java.nio.file.Path spooled = spool(body);
        try {
            return answer(publisher.receive(spooled, HeaderFilenames.decode(filename), Source.UPLOAD));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /**
     * The form is read here rather than by the framework, whose strict parser refuses a whole form for a raw line
     * break in a file name: such an upload is screened like any other, and a form broken beyond use is recorded as a
     * rejected document (identified by the bytes of the body) instead of vanishing.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        java.nio.file.Path form = spool(body);
        java.nio.file.Path file = Files.createTempFile("ledgerlint-upload-", ".pdf");
        try {
            Form read = LenientMultipartReader.readFileField(form, contentType, file);
            if (read instanceof FileField field) {
                return answer(publisher.receive(file, field.filename(), Source.UPLOAD));
            }
            if (read instanceof Broken broken) {
                return answer(publisher.reject(form, broken.filename(), Source.UPLOAD,
                        Problem.malformedForm(broken.reason())));
            }
            return answer(publisher.reject(form, null, Source.UPLOAD,
                    Problem.noFormField(LenientMultipartReader.FILE_FIELD)));
        } finally {
            Files.deleteIfExists(form);
            Files.deleteIfExists(file);
        }
    }

    /** Spooled to disk: a body may be 100 MiB, and the intake reads it more than once. */
    private static java.nio.file.Path spool(InputStream body) throws IOException {
        java.nio.file.Path spooled = Files.createTempFile("ledgerlint-upload-", ".pdf");
        try (body) {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            return spooled;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
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

    private static int statusFor(ErrorCode code) {
        return switch (code) {
            case EMPTY_FILE, MALFORMED_FORM -> 400;
            case TOO_LARGE -> 413;
            case NOT_PDF -> 415;
            case UNREADABLE_PDF, ENCRYPTED_PDF, TOO_DEEP, TOO_MANY_PAGES, TOO_COMPLEX -> 422;
            case NO_TEXT_LAYER, GARBLED_TEXT, PARSE_FAILED, RESOURCE_LIMIT, VALIDATE_FAILED ->
                    throw new IllegalArgumentException("ingest does not reject with " + code.code());
        };
    }
}
