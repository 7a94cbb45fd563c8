package io.ledgerlint.contracts.events;

import java.util.Arrays;

/**
 * Why a document ended REJECTED or FAILED: {@link DocumentFailed#errorCode()}, and {@code error} in ingest's HTTP
 * answers. {@link #code()} is the stable wire name; each value says which stage emits it. The HTTP-only codes of
 * report-service and ingest ({@code not-found}, {@code unavailable}, …) are no document's failure and are not here.
 */
public enum ErrorCode {
    /** ingest: the file has no bytes, or the upload form has no file field; parse: the blob is empty. */
    EMPTY_FILE("empty-file"),
    /** ingest and parse: the file has more bytes than the stage accepts. */
    TOO_LARGE("too-large"),
    /** ingest and parse: the file does not begin with a PDF header. */
    NOT_PDF("not-pdf"),
    /** ingest and parse: the PDF is damaged, cut short, has no pages, or PDFBox cannot read it. */
    UNREADABLE_PDF("unreadable-pdf"),
    /** ingest and parse: opening the PDF needs a password (one that restricts only printing or copying does not). */
    ENCRYPTED_PDF("encrypted-pdf"),
    /** ingest and parse: the page tree, or a structure read recursively, nests deeper than a reader can follow. */
    TOO_DEEP("too-deep"),
    /** ingest and parse: the page tree lists more pages than the stage accepts. */
    TOO_MANY_PAGES("too-many-pages"),
    /** ingest: reading the PDF needed more memory than the service has. */
    TOO_COMPLEX("too-complex"),
    /** ingest: the upload came in a multipart form too broken to take a file out of. */
    MALFORMED_FORM("malformed-form"),
    /** parse: the pages are images with next to no text (a scan). */
    NO_TEXT_LAYER("no-text-layer"),
    /** parse: most glyphs map to no readable character (fonts without Unicode mappings). */
    GARBLED_TEXT("garbled-text"),
    /** parse, status FAILED: parsing broke on an input that looked usable (a bug or an outage). */
    PARSE_FAILED("parse-failed"),
    /**
     * parse, status FAILED: the document spent one of the parse budgets (operators, glyphs, path segments, XObject
     * nesting or invocations, font or CMap sizes, decoded stream bytes, wall time), ran the service out of memory or
     * stack, or stopped the service more often than it is attempted; the message names the budget and its limit.
     * validate, status FAILED: validating the document ran the service out of memory.
     */
    RESOURCE_LIMIT("resource-limit"),
    /** validate, status FAILED: validation broke on an extraction that looked usable (a bug or an outage). */
    VALIDATE_FAILED("validate-failed");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The value whose {@link #code()} is {@code code}. */
    public static ErrorCode fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an error code: " + code));
    }
}
