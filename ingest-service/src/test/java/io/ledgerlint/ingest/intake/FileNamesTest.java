package io.ledgerlint.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    private static final String FALLBACK = "0123456789abcdef.pdf";

    @Test
    void dropsLineBreaksAndNulThatWouldForgeALogLine() {
        assertThat(FileNames.display("report.pdf\r\n2024-01-01 INFO VALIDATED id=1\0.pdf", FALLBACK))
                .isEqualTo("report.pdf2024-01-01 INFO VALIDATED id=1.pdf");
    }

    @Test
    void dropsEveryBidiControlAndOtherFormatCharacter() {
        String bidiControls = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        String otherFormat = "\u200B\u200D\uFEFF\u00AD" + Character.toString(0xE0041); // zero width, soft hyphen, tag

        assertThat(FileNames.display("invoice" + bidiControls + otherFormat + "fdp.exe", FALLBACK))
                .isEqualTo("invoicefdp.exe");
    }

    @Test
    void dropsLineAndParagraphSeparatorsAndLoneSurrogates() {
        assertThat(FileNames.display("a\u2028b\u2029c\u0085d\uD800.pdf", FALLBACK)).isEqualTo("abcd.pdf");
    }

    @Test
    void keepsChineseEmojiAndAccents() {
        assertThat(FileNames.display("株洲 决算 😀 re\u0301sume\u0301.pdf", FALLBACK))
                .isEqualTo("株洲 决算 😀 re\u0301sume\u0301.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd/决算.pdf", "C:\\Users\\x\\决算.pdf", "..\\..\\x/../决算.pdf",
            "../../决算.pdf", "a/\u202E/决算.pdf"})
    void keepsOnlyTheLastPathSegment(String sent) {
        assertThat(FileNames.display(sent, FALLBACK)).isEqualTo("决算.pdf");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", ".", "..", "x/..", "x\\.", "dir/", "\0\r\n", ".\u200B.", "\u202E"})
    void fallsBackWhenNothingUsableIsLeft(String sent) {
        assertThat(FileNames.display(sent, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void shortensALongNameTo255BytesBetweenCharactersKeepingTheExtension() {
        String shown = FileNames.display("决".repeat(10_000) + ".pdf", FALLBACK);

        // 3 bytes each: 83 characters and ".pdf" make 253 bytes, one more character would make 256
        assertThat(shown).isEqualTo("决".repeat(83) + ".pdf");
    }

    @Test
    void neverCutsACharacterOutsideTheBmpInHalf() {
        String shown = FileNames.display("😀".repeat(10_000) + ".pdf", FALLBACK);

        assertThat(shown).isEqualTo("😀".repeat(62) + ".pdf");
        assertThat(utf8Length(shown)).isLessThanOrEqualTo(FileNames.MAX_DISPLAY_BYTES);
    }

    @Test
    void shortensANameWithoutAnExtensionToExactly255Bytes() {
        assertThat(FileNames.display("a".repeat(10_000), FALLBACK)).isEqualTo("a".repeat(255));
    }

    @Test
    void aLongTailAfterTheLastDotIsNoExtensionToKeep() {
        assertThat(FileNames.display("a".repeat(300) + "." + "b".repeat(300), FALLBACK)).isEqualTo("a".repeat(255));
    }

    @Test
    void leavesANameOfExactly255BytesAlone() {
        String name = "a".repeat(251) + ".pdf";

        assertThat(FileNames.display(name, FALLBACK)).isEqualTo(name);
    }

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
