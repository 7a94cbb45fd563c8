package io.ledgerlint.ingest.http;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads a file name sent in a header. HTTP headers carry bytes that the server reads as ISO-8859-1, so a Chinese
 * name arrives either percent-encoded (what careful clients send) or as raw UTF-8 bytes in disguise (what curl
 * sends); both are turned back into the name.
 */
final class HeaderFilenames {

    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private HeaderFilenames() {
    }

    static String decode(String header) {
        if (header == null) {
            return null;
        }
        if (PERCENT_ESCAPE.matcher(header).find()) {
            try {
                // URLDecoder is for forms, where '+' means space; in a file name it is a plus.
                return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return header;
            }
        }
        return asUtf8Bytes(header);
    }

    private static String asUtf8Bytes(String header) {
        if (header.chars().allMatch(c -> c < 0x80) || header.chars().anyMatch(c -> c > 0xFF)) {
            return header;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return header; // genuinely Latin-1
        }
    }
}
