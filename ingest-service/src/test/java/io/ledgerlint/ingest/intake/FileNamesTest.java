package io.ledgerlint.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void escapesControlAndFormatCharactersAsUnicodeEscapes() {
        assertThat(FileNames.escaped("report.pdf\r\n2024-01-01 INFO VALIDATED id=1\0.pdf"))
                .isEqualTo("report.pdf\\u000D\\u000A2024-01-01 INFO VALIDATED id=1\\u0000.pdf");
        assertThat(FileNames.escaped("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
        assertThat(FileNames.escaped("tag" + Character.toString(0xE0041))).isEqualTo("tag\\uDB40\\uDC41");
    }

    @Test
    void escapesABackslashSoThatNoSentNameReadsLikeAnEscape() {
        assertThat(FileNames.escaped("C:\\x\\决算.pdf")).isEqualTo("C:\\\\x\\\\决算.pdf");
        assertThat(FileNames.escaped("literally \\u0000.pdf")).isNotEqualTo(FileNames.escaped("literally \0.pdf"));
    }

    @Test
    void keepsWhatIsSafeToShowAsItIs() {
        assertThat(FileNames.escaped("../株洲 决算 😀.pdf")).isEqualTo("../株洲 决算 😀.pdf");
        assertThat(FileNames.escaped(null)).isNull();
    }

    @Test
    void boundsTheEscapedNameWithoutCuttingAnEscapeInHalf() {
        String escaped = FileNames.escaped("\0".repeat(10_000));

        assertThat(utf8Length(escaped)).isLessThanOrEqualTo(FileNames.MAX_ESCAPED_BYTES);
        assertThat(escaped).endsWith("…");
        // 170 escapes of 6 bytes and the 3-byte marker fit in 1024 bytes; a 171st would not
        assertThat(escaped).isEqualTo("\\u0000".repeat(170) + "…");
    }

    @Test
    void boundsALongSafeNameToo() {
        String escaped = FileNames.escaped("决".repeat(10_000));

        assertThat(escaped).isEqualTo("决".repeat(340) + "…");
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
