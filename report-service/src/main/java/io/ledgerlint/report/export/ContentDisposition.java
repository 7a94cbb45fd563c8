package io.ledgerlint.report.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with an ASCII {@code filename} for old clients and the UTF-8
 * {@code filename*} of RFC 6266/5987, so that a Chinese document name survives the download.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * @param name     the preferred file name, any characters
     * @param fallback an ASCII name for clients without {@code filename*}
     */
    public static String attachment(String name, String fallback) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encoded;
    }

    /** "北京市某某局2023年度部门决算.pdf" + "findings.csv" → "北京市某某局2023年度部门决算-findings.csv". */
    public static String exportName(String documentFilename, String documentId, String suffix) {
        String base = documentFilename == null || documentFilename.isBlank() ? documentId
                : documentFilename.replaceFirst("(?i)\\.pdf$", "").replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        return base + "-" + suffix;
    }
}
