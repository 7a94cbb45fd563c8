package io.ledgerlint.ingest.intake;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.pdf.UnusableDocumentException;

/** A reason to reject a file, with a message for people (English, then Chinese). */
public record Problem(ErrorCode code, String message) {

    /** The form that carried the file is broken beyond use, e.g. cut off, or without a boundary. */
    public static Problem malformedForm(String reason) {
        return new Problem(ErrorCode.MALFORMED_FORM, "The multipart form is malformed: " + reason
                + "; no file can be taken out of it. 表单格式错误，无法从中取出文件。");
    }

    /** The form is well formed, but has no field of this name to take the file from. */
    public static Problem noFormField(String field) {
        return new Problem(ErrorCode.EMPTY_FILE, "The form has no field named '" + field + "'. 表单中没有名为 "
                + field + " 的字段。");
    }

    /** Why {@link io.ledgerlint.domain.pdf.PdfFile} refused the file, told as ingest tells it. */
    static Problem of(UnusableDocumentException refusal, int maxPages) {
        return switch (refusal.errorCode()) {
            case NOT_PDF -> new Problem(ErrorCode.NOT_PDF,
                    "The file is not a PDF (it does not start with %PDF-). 文件不是PDF格式。");
            case ENCRYPTED_PDF -> new Problem(ErrorCode.ENCRYPTED_PDF,
                    "The PDF is protected by a password and cannot be read. PDF文件已加密，需要密码才能打开。");
            case TOO_DEEP -> tooDeep(refusal.getMessage());
            case TOO_MANY_PAGES -> tooManyPages(maxPages);
            default -> unreadable(refusal.getMessage());
        };
    }

    static Problem unreadable(String reason) {
        return new Problem(ErrorCode.UNREADABLE_PDF,
                "The PDF is damaged or incomplete and cannot be read: " + reason + ". PDF文件已损坏或不完整，无法读取。");
    }

    static Problem tooDeep(String reason) {
        return new Problem(ErrorCode.TOO_DEEP,
                "The PDF is nested too deeply to be read safely: " + reason + ". PDF文件结构嵌套过深，无法安全读取。");
    }

    private static Problem tooManyPages(int limit) {
        return new Problem(ErrorCode.TOO_MANY_PAGES, "The PDF lists more than " + limit + " pages."
                + " PDF文件页数超过" + limit + "页，无法处理。");
    }

    static Problem tooComplex() {
        return new Problem(ErrorCode.TOO_COMPLEX, "The PDF is too complex to read: reading it needs more memory"
                + " than the service has. PDF文件结构过于复杂，读取所需内存超出服务限制。");
    }
}
