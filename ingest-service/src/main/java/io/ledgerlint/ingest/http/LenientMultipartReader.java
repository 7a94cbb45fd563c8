package io.ledgerlint.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload.FileUploadBase.FileUploadIOException;
import org.apache.commons.fileupload.MultipartStream;

/**
 * Takes field {@code file} out of a multipart/form-data body. Commons FileUpload's streaming parser finds the parts;
 * their headers are read here, leniently: a quoted file name runs on to its closing quote even across a raw line
 * break, which strict parsers refuse as a broken form. Such a name is what its sender called the file, so the upload
 * is screened and recorded like any other, under the name cleaned for display; nothing inside the quotes is ever read
 * as a header or a part.
 */
final class LenientMultipartReader {

    static final String FILE_FIELD = "file";

    /** Generous for long percent-encoded names, bounded so that a part's headers cannot fill memory. */
    private static final int MAX_PART_HEADER_BYTES = 16 * 1024;
    private static final int BUFFER_BYTES = 8 * 1024;

    /** What the form held. */
    sealed interface Form {
    }

    /** Field {@code file} arrived whole; its bytes are in the target file. */
    record FileField(String filename) implements Form {
    }

    /** A well-formed form without field {@code file}. */
    record NoFileField() implements Form {
    }

    /** A form broken beyond use; {@code filename} is field {@code file}'s if its headers could be read, else null. */
    record Broken(String reason, String filename) implements Form {
    }

    private LenientMultipartReader() {
    }

    /** Reads the form in {@code body}; writes field {@code file}'s bytes, when there is one, to {@code target}. */
    static Form readFileField(Path body, String contentType, Path target) throws IOException {
        String boundary = contentType == null ? null : parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            return new Broken("its Content-Type names no boundary", null);
        }
        byte[] boundaryBytes = boundary.getBytes(StandardCharsets.ISO_8859_1);
        String filename = null;
        try (InputStream in = Files.newInputStream(body)) {
            // The buffer must hold a boundary, however long the sender made it.
            MultipartStream parts = new MultipartStream(in, boundaryBytes, BUFFER_BYTES + boundaryBytes.length, null);
            parts.setHeaderEncoding(StandardCharsets.UTF_8.name());
            parts.setPartHeaderSizeMax(MAX_PART_HEADER_BYTES);
            boolean more = parts.skipPreamble();
            if (!more) {
                return new Broken("no part starts with the boundary its Content-Type names", null);
            }
            while (more) {
                Map<String, String> disposition = contentDisposition(parts.readHeaders());
                if (FILE_FIELD.equals(disposition.get("name"))) {
                    filename = filename(disposition);
                    try (OutputStream out = Files.newOutputStream(target)) {
                        parts.readBodyData(out);
                    }
                    return new FileField(filename);
                }
                parts.discardBodyData();
                more = parts.readBoundary();
            }
            return new NoFileField();
        } catch (FileUploadIOException e) {
            return new Broken("a part's headers are longer than " + MAX_PART_HEADER_BYTES + " bytes", filename);
        } catch (MultipartStream.MalformedStreamException e) {
            return new Broken("it is cut off or strays from the multipart syntax (" + e.getMessage() + ")", filename);
        }
    }

    /** The parameters of the part's Content-Disposition header; none without one. */
    private static Map<String, String> contentDisposition(String headerBlock) {
        for (String field : headerFields(headerBlock)) {
            int colon = field.indexOf(':');
            if (colon > 0 && field.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                return parameters(field.substring(colon + 1));
            }
        }
        return Map.of();
    }

    /**
     * The header block split at line breaks, except where a line is folded (goes on after a space or tab) or a quoted
     * string runs on across one to its closing quote. A quote that never closes ends at the first line break after
     * it, and so does the block: what follows is then neither a header nor part of the name.
     */
    private static List<String> headerFields(String block) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < block.length()) {
            char c = block.charAt(i);
            if (c == '"') {
                int close = closingQuote(block, i);
                if (close < 0) {
                    fields.add(block.substring(start, lineEnd(block, i)));
                    return fields;
                }
                i = close + 1;
            } else if (c == '\r' || c == '\n') {
                int next = c == '\r' && i + 1 < block.length() && block.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                boolean folded = next < block.length() && (block.charAt(next) == ' ' || block.charAt(next) == '\t');
                if (!folded) {
                    fields.add(block.substring(start, i));
                    start = next;
                }
                i = next;
            } else {
                i++;
            }
        }
        fields.add(block.substring(start));
        return fields;
    }

    /** {@code name=value} pairs separated by semicolons, names in lower case, quoted values unquoted. */
    private static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ';') {
                String parameter = value.substring(start, i);
                int equals = parameter.indexOf('=');
                if (equals > 0) {
                    parameters.putIfAbsent(parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                            unquoted(parameter.substring(equals + 1).strip()));
                }
                start = i + 1;
            } else if (value.charAt(i) == '"') {
                int close = closingQuote(value, i);
                i = close < 0 ? value.length() - 1 : close;
            }
        }
        return parameters;
    }

    /** RFC 6266: {@code filename*} (RFC 5987: charset'language'percent-encoded) wins over {@code filename}. */
    private static String filename(Map<String, String> disposition) {
        String extended = disposition.get("filename*");
        if (extended != null) {
            String[] pieces = extended.split("'", 3);
            if (pieces.length == 3) {
                try {
                    // URLDecoder is for forms, where '+' means space; in a file name it is a plus.
                    return URLDecoder.decode(pieces[2].replace("+", "%2B"), Charset.forName(pieces[0]));
                } catch (IllegalArgumentException e) {
                    // an unknown charset or a broken escape: fall back to the plain parameter
                }
            }
        }
        return disposition.get("filename");
    }

    private static String unquoted(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < value.length() && value.charAt(i) != '"'; i++) {
            text.append(value.charAt(isQuotedPair(value, i) ? ++i : i));
        }
        return text.toString();
    }

    /** Where the quoted string opened at {@code open} closes; -1 if it does not. */
    private static int closingQuote(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                return i;
            }
            if (isQuotedPair(text, i)) {
                i++;
            }
        }
        return -1;
    }

    /**
     * A backslash escapes a quote, a backslash or a line break (as HttpClient escapes them). Any other backslash is
     * itself: old browsers send Windows paths such as {@code C:\Users\a.pdf} unescaped.
     */
    private static boolean isQuotedPair(String text, int i) {
        return text.charAt(i) == '\\' && i + 1 < text.length() && "\"\\\r\n".indexOf(text.charAt(i + 1)) >= 0;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
